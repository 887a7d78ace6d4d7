// SPDX-License-Identifier: MIT
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"

static int fail(char *err, size_t size, unsigned line, const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(err, size, "line %u: ", line);

	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < size)
		vsnprintf(err + n, size - n, fmt, ap);
	va_end(ap);
	return -1;
}

/* One row: exactly 8 of '#' and '.'. */
static int parse_row(const char *s, size_t len, uint8_t *bits)
{
	size_t i;

	if (len != 8)
		return -1;
	*bits = 0;
	for (i = 0; i < 8; i++) {
		if (s[i] == '#')
			*bits |= 0x80 >> i;
		else if (s[i] != '.')
			return -1;
	}
	return 0;
}

int font_parse(const char *text, uint8_t glyphs[FONT_GLYPHS][FONT_ROWS],
	       char *err, size_t err_size)
{
	unsigned char seen[FONT_GLYPHS] = { 0 };
	unsigned line = 0, row = FONT_ROWS, i;
	long code = -1;
	const char *p = text;

	while (*p) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		line++;
		if (row < FONT_ROWS) {
			if (parse_row(p, len, &glyphs[code - FONT_FIRST][row]))
				return fail(err, err_size, line,
					    "glyph 0x%02lx row %u: want 8 of '#' or '.'",
					    code, row + 1);
			row++;
		} else if (len && p[0] != '#') {
			char *num_end;

			if (len < 7 || strncmp(p, "glyph ", 6))
				return fail(err, err_size, line, "want \"glyph 0xNN\"");
			code = strtol(p + 6, &num_end, 0);
			if (num_end != p + len || code < FONT_FIRST || code > FONT_LAST)
				return fail(err, err_size, line,
					    "glyph code must be 0x%02x to 0x%02x",
					    FONT_FIRST, FONT_LAST);
			if (seen[code - FONT_FIRST]++)
				return fail(err, err_size, line,
					    "glyph 0x%02lx drawn twice", code);
			row = 0;
		}
		p += len + (end != NULL);
	}
	if (row < FONT_ROWS)
		return fail(err, err_size, line, "glyph 0x%02lx has %u rows, not 8",
			    code, row);
	for (i = 0; i < FONT_GLYPHS; i++)
		if (!seen[i])
			return fail(err, err_size, line, "glyph 0x%02x is missing",
				    i + FONT_FIRST);
	return 0;
}
