// SPDX-License-Identifier: MIT
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "procinfo.h"

long meminfo_kb(const char *meminfo, const char *key)
{
	size_t len = strlen(key);
	const char *line;
	char *end;
	long kb;

	for (line = meminfo; line && *line; line = strchr(line, '\n')) {
		if (*line == '\n')
			line++;
		if (strncmp(line, key, len) || line[len] != ':')
			continue;
		kb = strtol(line + len + 1, &end, 10);
		if (end == line + len + 1 || kb < 0)
			return -1;
		while (*end == ' ')
			end++;
		return strncmp(end, "kB", 2) ? -1 : kb;
	}
	return -1;
}

long uptime_ms(const char *uptime)
{
	long ms = 0;
	int frac_digits = 0;
	const char *p = uptime;

	if (!isdigit((unsigned char)*p))
		return -1;
	for (; isdigit((unsigned char)*p); p++)
		ms = ms * 10 + (*p - '0');
	ms *= 1000;
	if (*p == '.') {
		/* Hundredths from the kernel; any number of digits here. */
		long scale = 100;

		for (p++; isdigit((unsigned char)*p); p++, frac_digits++) {
			ms += (*p - '0') * scale;
			scale /= 10;
		}
		if (!frac_digits)
			return -1;
	}
	return ms;
}

/* Reads a small /proc file whole; returns an empty string on failure. */
static void read_small_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, size - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
}

long proc_kb(const char *path, const char *key)
{
	char text[2048];

	read_small_file(path, text, sizeof(text));
	return meminfo_kb(text, key);
}

void print_ready_line(FILE *out, const char *meminfo_path,
		      const char *uptime_path)
{
	char meminfo[2048], uptime[64];

	read_small_file(meminfo_path, meminfo, sizeof(meminfo));
	read_small_file(uptime_path, uptime, sizeof(uptime));
	fprintf(out, "lin64: ready mem_available_kb=%ld uptime_ms=%ld\n",
		meminfo_kb(meminfo, "MemAvailable"), uptime_ms(uptime));
	fflush(out);
}
