/* SPDX-License-Identifier: MIT */
/*
 * gfx.h - PICO-8's drawing, on the screen in mem[] (0x6000).
 *
 * Coordinates are the cart's: the camera is subtracted and the clip
 * rectangle applied here.  A colour argument's low nibble is the colour;
 * its high nibble is the second colour of the fill pattern.  Every pixel
 * goes through the draw palette (pal); sprites also honour palt.
 */
#ifndef PICO_GFX_H
#define PICO_GFX_H

struct pico;

void gfx_reset(struct pico *p);		/* the draw state at boot */
void gfx_cls(struct pico *p, int col);
void gfx_pset(struct pico *p, int x, int y, int col);
int gfx_pget(const struct pico *p, int x, int y);
int gfx_sget(const struct pico *p, int x, int y);
void gfx_sset(struct pico *p, int x, int y, int col);
void gfx_line(struct pico *p, int x0, int y0, int x1, int y1, int col);
void gfx_rect(struct pico *p, int x0, int y0, int x1, int y1, int col,
	      int fill);
void gfx_oval(struct pico *p, int x0, int y0, int x1, int y1, int col,
	      int fill);
void gfx_circ(struct pico *p, int x, int y, int r, int col, int fill);
void gfx_sspr(struct pico *p, int sx, int sy, int sw, int sh, int dx,
	      int dy, int dw, int dh, int flip_x, int flip_y);
/* Sprite @n and those right of and below it, @w x @h pixels of them. */
void gfx_spr(struct pico *p, int n, int x, int y, int w, int h, int flip_x,
	     int flip_y);
int gfx_mget(const struct pico *p, int x, int y);
void gfx_mset(struct pico *p, int x, int y, int v);
void gfx_map(struct pico *p, int cx, int cy, int sx, int sy, int cw, int ch,
	     int layers);

/* tline(): a line whose pixels are read from the map, starting at map
 * position (@mx, @my) in tiles and stepping (@mdx, @mdy) a pixel; the
 * map values are 16.16 fixed point.  Colour 0 (palt) is transparent. */
void gfx_tline(struct pico *p, int x0, int y0, int x1, int y1, int mx, int my,
	       int mdx, int mdy, int layers);

/* Draw @s (PICO-8 characters, one byte each) at x, y; returns the x
 * after it.  '\n' starts a new line under x. */
int gfx_print(struct pico *p, const char *s, int len, int x, int y,
	      int col);

/* The 3x5 glyph of PICO-8 character @c: five rows, bit 2 the left
 * pixel (font.c). */
const char *gfx_glyph(int c);

/* The 7x5 glyph of a character from 128 (the buttons, a heart...): five
 * rows of '#' and '.', or NULL where the font has none (font.c). */
const char *const *gfx_wide_glyph(int c);

#define GFX_CHAR_W	4
#define GFX_WIDE_W	8
#define GFX_CHAR_H	6

#endif
