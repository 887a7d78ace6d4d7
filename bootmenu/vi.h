/* SPDX-License-Identifier: MIT */
/*
 * vi: the video interface at 320x240, 16 bits per pixel, double buffered.
 */
#ifndef LIN64_VI_H
#define LIN64_VI_H

#include <stdint.h>

/* Program the VI for NTSC and show a blank screen. */
void vi_init(void);

/* The buffer to draw the next frame in (not on screen). */
uint16_t *vi_back_buffer(void);

/* Show the back buffer at the next vertical blank and swap. */
void vi_present(void);

#endif
