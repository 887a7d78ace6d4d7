/* SPDX-License-Identifier: MIT */
/*
 * util.c - error messages and whole-file reads for mkrom.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mkrom.h"

int mkrom_fail(struct mkrom_error *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

void *mkrom_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("mkrom: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

char *mkrom_xstrndup(const char *s, size_t n)
{
	char *d = mkrom_xrealloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

int mkrom_read_file(const char *path, size_t max, uint8_t **data, size_t *len,
		    struct mkrom_error *err)
{
	FILE *f;
	uint8_t *buf = NULL, *nbuf;
	size_t cap = 0, n = 0, got;

	f = fopen(path, "rb");
	if (!f)
		return mkrom_fail(err, "%s: %s", path, strerror(errno));

	/* Grow as we go: works for pipes too, and stops at max + 1. */
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			if (cap > max + 1)
				cap = max + 1;
			nbuf = realloc(buf, cap + 1);
			if (!nbuf) {
				fclose(f);
				free(buf);
				return mkrom_fail(err, "%s: out of memory", path);
			}
			buf = nbuf;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n > max) {
			fclose(f);
			free(buf);
			return mkrom_fail(err, "%s: larger than %zu bytes",
					  path, max);
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;	/* a directory, an I/O error */

		fclose(f);
		free(buf);
		return mkrom_fail(err, "%s: %s", path, strerror(e));
	}
	fclose(f);
	buf[n] = 0;
	*data = buf;
	*len = n;
	return 0;
}
