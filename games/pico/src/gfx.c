/* SPDX-License-Identifier: MIT */
/*
 * gfx.c - PICO-8's drawing primitives on the screen in mem[].
 *
 * All the draw state lives in mem[] where PICO-8 keeps it (pico.h), so a
 * cart that pokes the palette or the camera gets what it expects.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gfx.h"
#include "pico.h"

static int camera(const struct pico *p, int axis)
{
	const uint8_t *m = p->mem + PICO_CAMERA + 2 * axis;

	return (int16_t)(m[0] | m[1] << 8);
}

static int in_clip(const struct pico *p, int x, int y)
{
	const uint8_t *c = p->mem + PICO_CLIP;

	return x >= c[0] && y >= c[1] && x < c[2] && y < c[3];
}

/* Write a screen pixel, no palette: the caller already mapped it. */
static void put(struct pico *p, int x, int y, int c)
{
	uint8_t *b;

	if (!in_clip(p, x, y))
		return;
	b = p->mem + PICO_SCREEN + y * 64 + (x >> 1);
	*b = x & 1 ? (uint8_t)((*b & 0x0f) | c << 4) : (uint8_t)((*b & 0xf0) | c);
}

static int get(const struct pico *p, int base, int x, int y)
{
	uint8_t b = p->mem[base + y * 64 + (x >> 1)];

	return x & 1 ? b >> 4 : b & 15;
}

/* A shape's pixel in screen coordinates: the fill pattern picks the
 * colour's low or high nibble (or nothing), then the draw palette. */
static void plot(struct pico *p, int x, int y, int col)
{
	unsigned pat = p->mem[PICO_FILLP] | p->mem[PICO_FILLP + 1] << 8;

	if (pat >> (15 - ((y & 3) * 4 + (x & 3))) & 1) {
		if (p->mem[PICO_FILLP + 2] & 1)
			return;
		col >>= 4;
	}
	put(p, x, y, p->mem[PICO_DRAWPAL + (col & 15)] & 15);
}

void gfx_reset(struct pico *p)
{
	int i;

	for (i = 0; i < 16; i++) {
		p->mem[PICO_DRAWPAL + i] = (uint8_t)i;
		p->mem[PICO_SCREENPAL + i] = (uint8_t)i;
	}
	p->mem[PICO_DRAWPAL] |= 0x10;	/* colour 0 is transparent */
	memcpy(p->mem + PICO_CLIP, "\0\0\x80\x80", 4);
	p->mem[PICO_PEN] = 6;
	memset(p->mem + PICO_CURSOR, 0, 6);	/* cursor and camera */
	memset(p->mem + PICO_FILLP, 0, 3);
}

void gfx_cls(struct pico *p, int col)
{
	memset(p->mem + PICO_SCREEN, (col & 15) * 0x11, 0x2000);
	memcpy(p->mem + PICO_CLIP, "\0\0\x80\x80", 4);
	p->mem[PICO_CURSOR] = p->mem[PICO_CURSOR + 1] = 0;
}

void gfx_pset(struct pico *p, int x, int y, int col)
{
	plot(p, x - camera(p, 0), y - camera(p, 1), col);
}

int gfx_pget(const struct pico *p, int x, int y)
{
	x -= camera(p, 0);
	y -= camera(p, 1);
	if (x < 0 || y < 0 || x >= PICO_W || y >= PICO_H)
		return 0;
	return get(p, PICO_SCREEN, x, y);
}

int gfx_sget(const struct pico *p, int x, int y)
{
	if (x < 0 || y < 0 || x >= 128 || y >= 128)
		return 0;
	return get(p, PICO_GFX, x, y);
}

void gfx_sset(struct pico *p, int x, int y, int col)
{
	uint8_t *b;

	if (x < 0 || y < 0 || x >= 128 || y >= 128)
		return;
	b = p->mem + PICO_GFX + y * 64 + (x >> 1);
	col = p->mem[PICO_DRAWPAL + (col & 15)] & 15;
	*b = x & 1 ? (uint8_t)((*b & 0x0f) | col << 4) : (uint8_t)((*b & 0xf0) | col);
}

static void swap(int *a, int *b)
{
	int t = *a;

	*a = *b;
	*b = t;
}

/* A horizontal run in screen coordinates, clipped before the loop so a
 * huge rectfill costs no more than the clip rectangle.  Without a fill
 * pattern (the common case) the colour is looked up once and the middle
 * of the run is written a byte, two pixels, at a time. */
static void span(struct pico *p, int x0, int x1, int y, int col)
{
	const uint8_t *clip = p->mem + PICO_CLIP;
	uint8_t *row, c;

	if (x0 > x1)
		swap(&x0, &x1);
	if (y < clip[1] || y >= clip[3])
		return;
	if (x0 < clip[0])
		x0 = clip[0];
	if (x1 >= clip[2])
		x1 = clip[2] - 1;
	if (p->mem[PICO_FILLP] | p->mem[PICO_FILLP + 1]) {
		for (; x0 <= x1; x0++)
			plot(p, x0, y, col);
		return;
	}
	c = p->mem[PICO_DRAWPAL + (col & 15)] & 15;
	row = p->mem + PICO_SCREEN + y * 64;
	if (x0 <= x1 && (x0 & 1))
		put(p, x0++, y, c);
	if (x0 <= x1 && !(x1 & 1))
		put(p, x1--, y, c);
	if (x0 < x1)
		memset(row + x0 / 2, c * 0x11, (size_t)(x1 - x0 + 1) / 2);
}

void gfx_line(struct pico *p, int x0, int y0, int x1, int y1, int col)
{
	int dx, dy, sx, sy, err, e2;

	x0 -= camera(p, 0);
	x1 -= camera(p, 0);
	y0 -= camera(p, 1);
	y1 -= camera(p, 1);
	dx = x1 > x0 ? x1 - x0 : x0 - x1;
	dy = y1 > y0 ? y0 - y1 : y1 - y0;
	sx = x0 < x1 ? 1 : -1;
	sy = y0 < y1 ? 1 : -1;
	err = dx + dy;
	for (;;) {
		plot(p, x0, y0, col);
		if (x0 == x1 && y0 == y1)
			break;
		e2 = 2 * err;
		if (e2 >= dy) {
			err += dy;
			x0 += sx;
		}
		if (e2 <= dx) {
			err += dx;
			y0 += sy;
		}
	}
}

void gfx_rect(struct pico *p, int x0, int y0, int x1, int y1, int col,
	      int fill)
{
	int y;

	x0 -= camera(p, 0);
	x1 -= camera(p, 0);
	y0 -= camera(p, 1);
	y1 -= camera(p, 1);
	if (y0 > y1)
		swap(&y0, &y1);
	if (fill || y1 - y0 < 2) {
		for (y = y0 < 0 ? 0 : y0; y <= y1 && y < PICO_H; y++)
			span(p, x0, x1, y, col);
		return;
	}
	span(p, x0, x1, y0, col);
	span(p, x0, x1, y1, col);
	for (y = y0 + 1; y < y1; y++) {
		plot(p, x0, y, col);
		plot(p, x1, y, col);
	}
}

/*
 * The ellipse inside the box x0..x1, y0..y1 (screen coordinates): for
 * each row, the half width from the ellipse's equation.  An outline
 * joins each row's ends to the next row's so steep edges have no gaps.
 */
static void ellipse(struct pico *p, int x0, int y0, int x1, int y1, int col,
		    int fill)
{
	double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0;
	double rx = (x1 - x0) / 2.0 + 0.5, ry = (y1 - y0) / 2.0 + 0.5;
	int y, prev_l = 0, prev_r = 0;

	for (y = y0; y <= y1; y++) {
		double d = (y - cy) / ry, w = d * d < 1 ? rx * sqrt(1 - d * d) : 0;
		int l = (int)floor(cx - w + 0.5), r = (int)floor(cx + w - 0.5 + 1e-9);

		if (r < l)
			l = r = (int)floor(cx + 0.5);
		if (fill) {
			span(p, l, r, y, col);
			continue;
		}
		if (y == y0 || y == y1) {
			span(p, l, r, y, col);
		} else {
			span(p, l, y > y0 + 1 && prev_l < l ? prev_l + 1 : l, y, col);
			span(p, y > y0 + 1 && prev_r > r ? prev_r - 1 : r, r, y, col);
		}
		if (y > y0) {	/* close gaps towards the previous row */
			if (l < prev_l - 1)
				span(p, l, prev_l - 1, y, col);
			if (r > prev_r + 1)
				span(p, prev_r + 1, r, y, col);
		}
		prev_l = l;
		prev_r = r;
	}
}

void gfx_oval(struct pico *p, int x0, int y0, int x1, int y1, int col,
	      int fill)
{
	if (x0 > x1)
		swap(&x0, &x1);
	if (y0 > y1)
		swap(&y0, &y1);
	ellipse(p, x0 - camera(p, 0), y0 - camera(p, 1), x1 - camera(p, 0),
		y1 - camera(p, 1), col, fill);
}

/* The midpoint circle: eight-way symmetric points, or spans between
 * them when filled. */
void gfx_circ(struct pico *p, int x, int y, int r, int col, int fill)
{
	int dx, dy = 0, err;

	if (r < 0)
		return;
	x -= camera(p, 0);
	y -= camera(p, 1);
	dx = r;
	err = 1 - r;
	while (dx >= dy) {
		if (fill) {
			span(p, x - dx, x + dx, y + dy, col);
			span(p, x - dx, x + dx, y - dy, col);
			span(p, x - dy, x + dy, y + dx, col);
			span(p, x - dy, x + dy, y - dx, col);
		} else {
			plot(p, x + dx, y + dy, col);
			plot(p, x - dx, y + dy, col);
			plot(p, x + dx, y - dy, col);
			plot(p, x - dx, y - dy, col);
			plot(p, x + dy, y + dx, col);
			plot(p, x - dy, y + dx, col);
			plot(p, x + dy, y - dx, col);
			plot(p, x - dy, y - dx, col);
		}
		dy++;
		if (err < 0) {
			err += 2 * dy + 1;
		} else {
			dx--;
			err += 2 * (dy - dx) + 1;
		}
	}
}

/* A sprite-sheet pixel on the screen: palt makes it transparent, the
 * draw palette maps it; the fill pattern does not apply to sprites. */
static void blit_pixel(struct pico *p, int x, int y, int c)
{
	uint8_t d = p->mem[PICO_DRAWPAL + c];

	if (!(d & 0x10))
		put(p, x, y, d & 15);
}

/* Stretching steps through the source in 16.16 fixed point (rounded up,
 * which gives exactly x * sw / dw for any size on the screen); the rows
 * and columns outside the clip rectangle are skipped before the loops,
 * which run for every sprite and map cell. */
void gfx_sspr(struct pico *p, int sx, int sy, int sw, int sh, int dx,
	      int dy, int dw, int dh, int flip_x, int flip_y)
{
	const uint8_t *clip = p->mem + PICO_CLIP;
	int x, y, x0, x1, y0, y1, ustep, vstep;

	if (dw <= 0 || dh <= 0 || sw <= 0 || sh <= 0)
		return;
	dx -= camera(p, 0);
	dy -= camera(p, 1);
	x0 = dx < clip[0] ? clip[0] - dx : 0;
	y0 = dy < clip[1] ? clip[1] - dy : 0;
	x1 = dx + dw > clip[2] ? clip[2] - dx : dw;
	y1 = dy + dh > clip[3] ? clip[3] - dy : dh;
	ustep = ((sw << 16) + dw - 1) / dw;
	vstep = ((sh << 16) + dh - 1) / dh;
	for (y = y0; y < y1; y++) {
		int v = (y * vstep) >> 16;

		v = sy + (flip_y ? sh - 1 - v : v);
		if (v < 0 || v >= 128)
			continue;
		for (x = x0; x < x1; x++) {
			int u = (x * ustep) >> 16;

			u = sx + (flip_x ? sw - 1 - u : u);
			if (u >= 0 && u < 128)
				blit_pixel(p, dx + x, dy + y, get(p, PICO_GFX, u, v));
		}
	}
}

void gfx_spr(struct pico *p, int n, int x, int y, int w, int h, int flip_x,
	     int flip_y)
{
	if (n < 0 || n > 255)
		return;
	gfx_sspr(p, n % 16 * 8, n / 16 * 8, w, h, x, y, w, h, flip_x, flip_y);
}

/* Map rows 32-63 share memory with the lower half of the sprite sheet. */
static int cell(int x, int y)
{
	if (x < 0 || x >= 128 || y < 0 || y >= 64)
		return -1;
	return y < 32 ? PICO_MAP + y * 128 + x : PICO_GFX_MAP2 + (y - 32) * 128 + x;
}

int gfx_mget(const struct pico *p, int x, int y)
{
	int at = cell(x, y);

	return at < 0 ? 0 : p->mem[at];
}

void gfx_mset(struct pico *p, int x, int y, int v)
{
	int at = cell(x, y);

	if (at >= 0)
		p->mem[at] = (uint8_t)v;
}

/* Sprite 0 is never drawn; with @layers, only sprites whose flags
 * include all of its bits are. */
void gfx_map(struct pico *p, int cx, int cy, int sx, int sy, int cw, int ch,
	     int layers)
{
	int x, y;

	for (y = 0; y < ch; y++)
		for (x = 0; x < cw; x++) {
			int n = gfx_mget(p, cx + x, cy + y);

			if (n && (p->mem[PICO_FLAGS + n] & layers) == layers)
				gfx_spr(p, n, sx + x * 8, sy + y * 8, 8, 8, 0, 0);
		}
}

/* The sheet's pixel at map position (mx, my), 16.16 tiles: the tile's
 * sprite, at the fraction's pixel; -1 for sprite 0 or the wrong layer. */
static int map_texel(const struct pico *p, int mx, int my, int layers)
{
	int n = gfx_mget(p, mx >> 16, my >> 16);

	if (!n || (p->mem[PICO_FLAGS + n] & layers) != layers)
		return -1;
	return get(p, PICO_GFX, n % 16 * 8 + ((mx >> 13) & 7), n / 16 * 8 + ((my >> 13) & 7));
}

/* a + d * i / n, rounded to the nearest integer (n > 0). */
static int lerp(int a, int d, int i, int n)
{
	int num = 2 * d * i + n, den = 2 * n;

	return a + (num >= 0 ? num / den : -((-num + den - 1) / den));
}

void gfx_tline(struct pico *p, int x0, int y0, int x1, int y1, int mx, int my,
	       int mdx, int mdy, int layers)
{
	int dx = x1 - x0, dy = y1 - y0, i, n;

	n = abs(dx) > abs(dy) ? abs(dx) : abs(dy);
	x0 -= camera(p, 0);
	y0 -= camera(p, 1);
	for (i = 0; i <= n; i++) {
		int x = n ? lerp(x0, dx, i, n) : x0, y = n ? lerp(y0, dy, i, n) : y0;
		int c = map_texel(p, mx + i * mdx, my + i * mdy, layers);

		if (c >= 0 && in_clip(p, x, y))
			blit_pixel(p, x, y, c);
	}
}

int gfx_print(struct pico *p, const char *s, int len, int x, int y, int col)
{
	int x0 = x, i, row, bit;

	for (i = 0; i < len; i++) {
		const char *const *wide;
		const char *g;

		if (s[i] == '\n') {
			x = x0;
			y += GFX_CHAR_H;
			continue;
		}
		wide = gfx_wide_glyph((unsigned char)s[i]);
		if (wide) {
			for (row = 0; row < 5; row++)
				for (bit = 0; bit < 7; bit++)
					if (wide[row][bit] == '#')
						gfx_pset(p, x + bit, y + row, col);
			x += GFX_WIDE_W;
			continue;
		}
		g = gfx_glyph((unsigned char)s[i]);
		for (row = 0; row < 5; row++)
			for (bit = 0; bit < 3; bit++)
				if ((g[row] - '0') & (4 >> bit))
					gfx_pset(p, x + bit, y + row, col);
		x += GFX_CHAR_W;
	}
	return x;
}
