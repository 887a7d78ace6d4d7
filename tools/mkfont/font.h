/* SPDX-License-Identifier: MIT */
/*
 * font: reading bootmenu/font.txt, the one source of Lin64's 8x8 font.
 */
#ifndef LIN64_MKFONT_FONT_H
#define LIN64_MKFONT_FONT_H

#include <stddef.h>
#include <stdint.h>

#define FONT_FIRST	0x20	/* ' ' */
#define FONT_LAST	0x7e	/* '~' */
#define FONT_GLYPHS	(FONT_LAST - FONT_FIRST + 1)
#define FONT_ROWS	8

/*
 * Parse the text of a font file into rows of bits (bit 7 is the leftmost
 * column).  Every glyph from FONT_FIRST to FONT_LAST must be there once.
 * Returns 0, or -1 with "line N: what is wrong" in @err.
 */
int font_parse(const char *text, uint8_t glyphs[FONT_GLYPHS][FONT_ROWS],
	       char *err, size_t err_size);

#endif
