/* SPDX-License-Identifier: MIT */
/*
 * memory.h - how big Doom's zone (its heap for level data, graphics and
 * sounds) may be on a machine with so much memory free.
 */
#ifndef LIN64_DOOM_MEMORY_H
#define LIN64_DOOM_MEMORY_H

/*
 * What the process needs besides the zone: its code and data, the
 * screen buffers, the WAD directory, the stack, and room for the
 * kernel's page cache while the WAD is read.  Measured as VmHWM minus
 * the zone (README, "Doom").
 */
#define ZONE_RESERVE_KB	1280

/* The most the zone gets: the heaviest map of episode 1 (E1M5) needs
 * about 2.8 MiB; more only delays purging and costs the 8 MiB machine's
 * other programs nothing while Doom runs, but keeps the peak in budget
 * (docs/memory.md: Doom at most 4 MiB). */
#define ZONE_MAX_KB	3072

/* Below this a level may not load at all. */
#define ZONE_MIN_KB	2560

/* The zone for @mem_available_kb (MemAvailable), in KiB, or 0 when that
 * is less than ZONE_MIN_KB. */
long zone_size_kb(long mem_available_kb);

#endif
