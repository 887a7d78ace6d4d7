/* SPDX-License-Identifier: MIT */
/*
 * memory.h - how big Doom's zone (its heap for level data, graphics and
 * sounds) may be on a machine with so much memory free.
 */
#ifndef LIN64_DOOM_MEMORY_H
#define LIN64_DOOM_MEMORY_H

/*
 * What the process needs besides the zone: its code and data, the screen
 * buffer, the WAD directory, the stack (measured: about 900 KiB, VmHWM
 * 3972 KiB with a 3072 KiB zone in the timedemo of demo1), and about
 * 380 KiB more for the kernel's page cache while the WAD is read.
 */
#define ZONE_RESERVE_KB	1280

/* The most the zone gets: every map of episode 1 loads in it (E1M5 is
 * the largest), and it keeps the process within its 4 MiB budget
 * (docs/memory.md).  A bigger zone would only purge less often. */
#define ZONE_MAX_KB	3072

/* Below this even the small maps may not load.  Between this and
 * ZONE_MAX_KB the largest (E1M5, about 2.8 MiB) may stop with the
 * engine's zone error: never an OOM kill, since the zone is all the
 * process allocates as it plays. */
#define ZONE_MIN_KB	2560

/* The zone for @mem_available_kb (MemAvailable), in KiB, or 0 when that
 * is less than ZONE_MIN_KB. */
long zone_size_kb(long mem_available_kb);

#endif
