// SPDX-License-Identifier: MIT
#include "draw.h"
#include "font8x8.h"

void draw_rect(uint16_t *fb, int x, int y, int w, int h, uint16_t color)
{
	int x1 = x + w, y1 = y + h, i;

	if (x < 0)
		x = 0;
	if (y < 0)
		y = 0;
	if (x1 > DRAW_WIDTH)
		x1 = DRAW_WIDTH;
	if (y1 > DRAW_HEIGHT)
		y1 = DRAW_HEIGHT;
	for (; y < y1; y++)
		for (i = x; i < x1; i++)
			fb[y * DRAW_WIDTH + i] = color;
}

static void draw_glyph(uint16_t *fb, int x, int y, unsigned char c,
		       uint16_t color)
{
	const unsigned char *rows;
	int r, col;

	if (c < FONT8X8_FIRST || c >= FONT8X8_FIRST + FONT8X8_GLYPHS)
		c = '?';
	rows = font8x8[c - FONT8X8_FIRST];
	for (r = 0; r < 8; r++) {
		if (y + r < 0 || y + r >= DRAW_HEIGHT)
			continue;
		for (col = 0; col < 8; col++)
			if (rows[r] & (0x80 >> col) && x + col >= 0)
				fb[(y + r) * DRAW_WIDTH + x + col] = color;
	}
}

int draw_text(uint16_t *fb, int x, int y, const char *s, uint16_t color)
{
	for (; *s && x + 8 <= DRAW_WIDTH; s++, x += 8)
		draw_glyph(fb, x, y, (unsigned char)*s, color);
	return x;
}
