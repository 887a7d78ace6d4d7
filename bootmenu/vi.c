// SPDX-License-Identifier: MIT
#include "cache.h"
#include "draw.h"
#include "n64.h"
#include "vi.h"

#define VI_BASE		0x04400000
#define VI_STATUS	(VI_BASE + 0x00)
#define VI_ORIGIN	(VI_BASE + 0x04)
#define VI_V_CURRENT	(VI_BASE + 0x10)

#define FB_BYTES	(DRAW_WIDTH * DRAW_HEIGHT * 2)

/*
 * NTSC 320x240 at 16 bpp, registers 0x08-0x34 in order.  The timing goes
 * in before VI_STATUS: some emulator releases hang when the mode is set
 * before the timing is.
 */
static const uint32_t ntsc_320x240[] = {
	320,		/* WIDTH */
	0x200,		/* V_INTR */
	0,		/* V_CURRENT: writing clears the interrupt */
	0x03e52239,	/* BURST */
	0x20d,		/* V_SYNC */
	0xc15,		/* H_SYNC */
	0x0c150c15,	/* LEAP */
	0x006c02ec,	/* H_START */
	0x002501ff,	/* V_START */
	0x000e0204,	/* V_BURST */
	0x200,		/* X_SCALE: 320 / 640 */
	0x400,		/* Y_SCALE: 240 / 240 */
};

/* 16 bpp, gamma dither, anti-aliasing resample (what libultra uses). */
#define VI_STATUS_320x240_16BPP	0x320e

static uint16_t framebuffers[2][DRAW_WIDTH * DRAW_HEIGHT]
	__attribute__((aligned(64)));
static unsigned back;

static void wait_vblank(void)
{
	/* The line counter passes 2 once per field: wait for it. */
	while ((io_read(VI_V_CURRENT) & ~1u) == 2)
		;
	while ((io_read(VI_V_CURRENT) & ~1u) != 2)
		;
}

void vi_init(void)
{
	unsigned i;

	draw_rect(framebuffers[0], 0, 0, DRAW_WIDTH, DRAW_HEIGHT, 0);
	dcache_writeback_invalidate(framebuffers[0], FB_BYTES);
	io_write(VI_ORIGIN, PHYS(framebuffers[0]));
	for (i = 0; i < sizeof(ntsc_320x240) / sizeof(ntsc_320x240[0]); i++)
		io_write(VI_BASE + 0x08 + 4 * i, ntsc_320x240[i]);
	io_write(VI_STATUS, VI_STATUS_320x240_16BPP);
	back = 1;
}

uint16_t *vi_back_buffer(void)
{
	return framebuffers[back];
}

void vi_present(void)
{
	dcache_writeback_invalidate(framebuffers[back], FB_BYTES);
	wait_vblank();
	io_write(VI_ORIGIN, PHYS(framebuffers[back]));
	back ^= 1;
}
