/* SPDX-License-Identifier: MIT */
/*
 * procinfo: the figures of the "lin64: ready" line, read from /proc.
 */
#ifndef LIN64_PROCINFO_H
#define LIN64_PROCINFO_H

#include <stdio.h>

/*
 * The value of KEY ("MemAvailable") in the text of /proc/meminfo, in KiB,
 * or -1 when the key is missing or malformed.
 */
long meminfo_kb(const char *meminfo, const char *key);

/*
 * meminfo_kb() of the file at @path (/proc/meminfo, /proc/self/status),
 * or -1 when it cannot be read.
 */
long proc_kb(const char *path, const char *key);

/* The first figure of /proc/uptime ("12.34 5.67") in milliseconds, or -1. */
long uptime_ms(const char *uptime);

/*
 * Print "lin64: ready mem_available_kb=N uptime_ms=N" from the two files;
 * a figure that cannot be read prints as -1.
 */
void print_ready_line(FILE *out, const char *meminfo_path,
		      const char *uptime_path);

#endif
