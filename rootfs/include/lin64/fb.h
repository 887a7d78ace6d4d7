/* SPDX-License-Identifier: MIT */
/*
 * lin64/fb.h - libfb: the screen for Lin64 programs.
 *
 * On the N64 the screen is the kernel's simple-framebuffer, /dev/fb0:
 * 320x240, 16 bits a pixel in r5g5b5a1, one buffer (no panning, no vsync
 * ioctl).  On a desktop the same calls draw into an SDL2 window, so every
 * program runs and is tested there too.
 *
 *	struct fb fb;
 *	if (fb_open(&fb, 0))
 *		return 1;			(fb_open said why on stderr)
 *	fb_fill(&fb, 0, 0, fb.width, fb.height, FB_RGB(0, 0, 64));
 *	fb_text(&fb, 8, 8, "hello", FB_RGB(255, 255, 255));
 *	fb_present(&fb);
 *	fb_close(&fb);
 *
 * Drawing goes to fb.pixels.  Without FB_DOUBLE that is the screen itself
 * on the N64 (no copy, no extra 150 KiB); with it, a back buffer that
 * fb_present() copies to the screen in one pass, so a frame is never seen
 * half drawn.  Always call fb_present() when a frame is done: the desktop
 * back end shows nothing until then.
 */
#ifndef LIN64_FB_H
#define LIN64_FB_H

#include <stdint.h>

/* A colour from 8-bit components, opaque. */
#define FB_RGB(r, g, b) \
	((uint16_t)(((r) >> 3) << 11 | ((g) >> 3) << 6 | ((b) >> 3) << 1 | 1))

#define FB_FONT_W	8	/* the boot menu's font, bootmenu/font.txt */
#define FB_FONT_H	8

/* fb_open() flags */
#define FB_DOUBLE	1	/* draw into a back buffer, shown by fb_present() */

struct fb_backend;

struct fb {
	uint16_t *pixels;	/* where to draw, r5g5b5a1 */
	int width;		/* in pixels */
	int height;
	int stride;		/* pixels from one row of @pixels to the next */
	struct fb_backend *backend;
};

/*
 * Open the screen: /dev/fb0 (or $LIN64_FB) on the N64, a window on a
 * desktop.  Returns 0, or -1 after printing what failed on stderr.
 */
int fb_open(struct fb *fb, int flags);

/* Show what was drawn.  Cheap when there is no back buffer. */
void fb_present(struct fb *fb);

void fb_close(struct fb *fb);

/* An r5g5b5a1 colour from 8-bit components. */
static inline uint16_t fb_rgb(unsigned r, unsigned g, unsigned b)
{
	return FB_RGB(r & 255, g & 255, b & 255);
}

/* Split an r5g5b5a1 colour into 8-bit components (low bits copied from
 * the high ones, so white stays 255). */
void fb_unrgb(uint16_t color, uint8_t rgb[3]);

/* Convert @n colours given as r, g, b bytes to r5g5b5a1. */
void fb_palette(uint16_t *out, const uint8_t *rgb, int n);

/* Fill a rectangle, clipped to the screen. */
void fb_fill(struct fb *fb, int x, int y, int w, int h, uint16_t color);

/*
 * Copy a @w x @h picture of 8-bit palette indexes to (@x, @y), each
 * pixel made @scale x @scale pixels (scale >= 1), clipped to the screen.
 * @src_stride is bytes from one row of @src to the next.
 */
void fb_blit8(struct fb *fb, int x, int y, const uint8_t *src, int w, int h,
	      int src_stride, const uint16_t *palette, int scale);

/*
 * Draw one character cell: the glyph in @fg on @bg.  Characters outside
 * printable ASCII draw as a box.
 */
void fb_glyph(struct fb *fb, int x, int y, int c, uint16_t fg, uint16_t bg);

/*
 * Draw text with a transparent background, clipped to the screen.
 * Returns the x after the last character.
 */
int fb_text(struct fb *fb, int x, int y, const char *s, uint16_t color);

#endif
