/* SPDX-License-Identifier: MIT */
/*
 * font8x8: Lin64's 8x8 font (bootmenu/font.txt), printable ASCII.
 * Row r of character c is font8x8[c - FONT8X8_FIRST][r]; bit 7 is the
 * leftmost pixel.
 */
#ifndef LIN64_FONT8X8_H
#define LIN64_FONT8X8_H

#define FONT8X8_FIRST	0x20
#define FONT8X8_GLYPHS	95

extern const unsigned char font8x8[FONT8X8_GLYPHS][8];

#endif
