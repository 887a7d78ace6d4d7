/* SPDX-License-Identifier: MIT */
/*
 * palette.c - the pure part of the video layer, unit-tested on the host.
 */
#include "palette.h"

#include <limits.h>
#include <lin64/fb.h>

#include "tables.h"

void palette_convert(const uint8_t *playpal, int gamma, uint8_t rgb[768],
		     uint16_t screen[256])
{
	/* The VGA DAC had 6 bits a component; dropping the same two bits
	 * keeps I_GetPaletteIndex() and screenshots as the engine expects. */
	for (int i = 0; i < 768; i++)
		rgb[i] = gammatable[gamma][playpal[i]] & ~3;
	fb_palette(screen, rgb, 256);
}

int palette_nearest(const uint8_t rgb[768], int r, int g, int b)
{
	int best = 0, best_diff = INT_MAX;

	for (int i = 0; i < 256 && best_diff; i++) {
		int dr = r - rgb[3 * i], dg = g - rgb[3 * i + 1],
		    db = b - rgb[3 * i + 2];
		int diff = dr * dr + dg * dg + db * db;

		if (diff < best_diff) {
			best = i;
			best_diff = diff;
		}
	}
	return best;
}
