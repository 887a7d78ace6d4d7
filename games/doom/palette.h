/* SPDX-License-Identifier: MIT */
/*
 * palette.h - Doom's 8-bit palette as the N64's 16-bit colours.
 */
#ifndef LIN64_DOOM_PALETTE_H
#define LIN64_DOOM_PALETTE_H

#include <stdint.h>

/*
 * Convert a PLAYPAL palette (256 r, g, b bytes) through gamma level
 * @gamma (0-4, the engine's usegamma): @rgb gets the corrected colours as
 * the VGA showed them (6 bits a component), @screen the same colours in
 * r5g5b5a1 for fb_blit8().
 */
void palette_convert(const uint8_t *playpal, int gamma, uint8_t rgb[768],
		     uint16_t screen[256]);

/* The index of the colour in @rgb (256 entries) nearest to r, g, b. */
int palette_nearest(const uint8_t rgb[768], int r, int g, int b);

#endif
