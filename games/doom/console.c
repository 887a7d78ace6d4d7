/* SPDX-License-Identifier: MIT */
/*
 * console.c - every line Doom prints starts with "doom: ".
 *
 * On Lin64 the programs share one console (the IS-Viewer), and each line
 * says which program printed it (docs: architecture, "Lines the system
 * prints").  The engine prints with printf(), puts() and putchar() all
 * over, often a line in several pieces, so instead of patching each call
 * the link wraps those functions (-Wl,--wrap, games/doom/doom.mk) and the
 * prefix goes in here, once per line.  stdout and stderr share the
 * console, so one "at the start of a line" state serves both; other
 * streams (the configuration file) pass through untouched.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int __real_vfprintf(FILE *f, const char *fmt, va_list ap);

static int at_line_start = 1;

static int is_console(FILE *f)
{
	return f == stdout || f == stderr;
}

/* Write @s to @f with "doom: " in front of every line it starts. */
static void put_prefixed(FILE *f, const char *s)
{
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s + 1) : strlen(s);

		if (at_line_start)
			fputs("doom: ", f);
		fwrite(s, 1, len, f);
		at_line_start = nl != NULL;
		s += len;
	}
}

int __wrap_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	char line[1024];
	int n;

	if (!is_console(f))
		return __real_vfprintf(f, fmt, ap);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	put_prefixed(f, line);
	return n;
}

int __wrap_fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = __wrap_vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int __wrap_vprintf(const char *fmt, va_list ap)
{
	return __wrap_vfprintf(stdout, fmt, ap);
}

int __wrap_printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = __wrap_vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}

int __wrap_puts(const char *s)
{
	put_prefixed(stdout, s);
	put_prefixed(stdout, "\n");
	return 1;
}

int __wrap_putchar(int c)
{
	char s[2] = { (char)c, 0 };

	put_prefixed(stdout, s);
	return (unsigned char)c;
}
