/* SPDX-License-Identifier: MIT */
/*
 * draw: text and boxes on a 320x240 r5g5b5a1 framebuffer.  Plain memory
 * writes, so the same code runs (and is tested) on the host.
 */
#ifndef LIN64_DRAW_H
#define LIN64_DRAW_H

#include <stdint.h>

#define DRAW_WIDTH	320
#define DRAW_HEIGHT	240

/* A colour from 8-bit components, alpha set. */
#define DRAW_RGB(r, g, b) \
	((uint16_t)(((r) >> 3) << 11 | ((g) >> 3) << 6 | ((b) >> 3) << 1 | 1))

/* Fill a rectangle, clipped to the screen. */
void draw_rect(uint16_t *fb, int x, int y, int w, int h, uint16_t color);

/*
 * Draw text in the 8x8 font with a transparent background; characters
 * outside printable ASCII show as '?'.  Stops at the right edge.
 * Returns the x after the last character.
 */
int draw_text(uint16_t *fb, int x, int y, const char *s, uint16_t color);

#endif
