/* SPDX-License-Identifier: MIT */
/*
 * vi: the video interface at 320x240, 16 bits per pixel, double buffered.
 */
#ifndef LIN64_VI_H
#define LIN64_VI_H

#include <stdint.h>

#define VI_TIMING_REGS	12

struct vi_standard {
	const char *name;		/* "pal", "ntsc" or "mpal" */
	unsigned int fields_per_second;	/* vi_present() returns this often */
	uint32_t regs[VI_TIMING_REGS];	/* VI registers 0x08-0x34 */
};

/*
 * Program the VI for the TV standard the boot code reported (BOOT_TV_*;
 * anything else is taken as NTSC), show a blank screen and return the
 * standard.
 */
const struct vi_standard *vi_init(uint32_t tv_type);

/* The buffer to draw the next frame in (not on screen). */
uint16_t *vi_back_buffer(void);

/* Show the back buffer at the next vertical blank and swap. */
void vi_present(void);

#endif
