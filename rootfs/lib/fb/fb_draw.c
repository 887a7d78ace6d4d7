// SPDX-License-Identifier: MIT
/*
 * libfb's drawing: plain memory writes on fb->pixels, the same on the N64
 * and on a desktop (and in the unit tests).
 */
#include "lin64/fb.h"
#include "font8x8.h"

void fb_unrgb(uint16_t color, uint8_t rgb[3])
{
	unsigned i, v;

	for (i = 0; i < 3; i++) {
		v = color >> (11 - 5 * i) & 31;
		rgb[i] = v << 3 | v >> 2;
	}
}

void fb_palette(uint16_t *out, const uint8_t *rgb, int n)
{
	for (; n > 0; n--, rgb += 3)
		*out++ = FB_RGB(rgb[0], rgb[1], rgb[2]);
}

/* Clip [*x, *x + *w) to [0, limit); returns 0 when nothing is left. */
static int clip(int *x, int *w, int limit)
{
	if (*x < 0) {
		*w += *x;
		*x = 0;
	}
	if (*x + *w > limit)
		*w = limit - *x;
	return *w > 0;
}

void fb_fill(struct fb *fb, int x, int y, int w, int h, uint16_t color)
{
	uint16_t *row;
	int i;

	if (!clip(&x, &w, fb->width) || !clip(&y, &h, fb->height))
		return;
	for (row = fb->pixels + y * fb->stride + x; h > 0; h--, row += fb->stride)
		for (i = 0; i < w; i++)
			row[i] = color;
}

void fb_blit8(struct fb *fb, int x, int y, const uint8_t *src, int w, int h,
	      int src_stride, const uint16_t *palette, int scale)
{
	int sx, sy, dx, dy, x0 = x, y0 = y, dw = w * scale, dh = h * scale;
	uint16_t *row;

	if (!clip(&x, &dw, fb->width) || !clip(&y, &dh, fb->height))
		return;
	for (dy = 0; dy < dh; dy++) {
		sy = (y - y0 + dy) / scale;
		row = fb->pixels + (y + dy) * fb->stride + x;
		if (scale == 1) {	/* the common case, kept tight */
			const uint8_t *s = src + sy * src_stride + (x - x0);

			for (dx = 0; dx < dw; dx++)
				row[dx] = palette[s[dx]];
			continue;
		}
		for (dx = 0; dx < dw; dx++) {
			sx = (x - x0 + dx) / scale;
			row[dx] = palette[src[sy * src_stride + sx]];
		}
	}
}

/* The font's rows for @c: printable ASCII, or a box. */
static const unsigned char *glyph_rows(int c)
{
	static const unsigned char box[FB_FONT_H] = {
		0x00, 0x7e, 0x42, 0x42, 0x42, 0x42, 0x7e, 0x00
	};

	if (c < FONT8X8_FIRST || c >= FONT8X8_FIRST + FONT8X8_GLYPHS)
		return box;
	return font8x8[c - FONT8X8_FIRST];
}

/* Draw @c's ink in @fg, and its paper in @bg unless @opaque is 0. */
static void draw_glyph(struct fb *fb, int x, int y, int c, uint16_t fg,
		       uint16_t bg, int opaque)
{
	const unsigned char *rows = glyph_rows(c);
	uint16_t *p;
	int r, col;

	for (r = 0; r < FB_FONT_H; r++) {
		if (y + r < 0 || y + r >= fb->height)
			continue;
		p = fb->pixels + (y + r) * fb->stride;
		for (col = 0; col < FB_FONT_W; col++) {
			if (x + col < 0 || x + col >= fb->width)
				continue;
			if (rows[r] & (0x80 >> col))
				p[x + col] = fg;
			else if (opaque)
				p[x + col] = bg;
		}
	}
}

void fb_glyph(struct fb *fb, int x, int y, int c, uint16_t fg, uint16_t bg)
{
	draw_glyph(fb, x, y, c, fg, bg, 1);
}

int fb_text(struct fb *fb, int x, int y, const char *s, uint16_t color)
{
	for (; *s && x < fb->width; s++, x += FB_FONT_W)
		draw_glyph(fb, x, y, (unsigned char)*s, color, 0, 0);
	return x;
}
