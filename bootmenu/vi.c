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
 * 320x240 at 16 bpp for each TV standard: registers 0x08-0x34 in order
 * (n64brew "Video Interface"; the standards differ in line and field
 * counts and in colour burst).  The usual tables, which consoles and
 * emulators are known to show: 237 of the 240 lines, as on a TV, where
 * the last lines fall in the overscan anyway.  The timing goes in before VI_STATUS: some
 * emulator releases hang when the mode is set before the timing is.
 */
static const struct vi_standard vi_standards[] = {
	[BOOT_TV_PAL] = { "pal", 50, {
		320,		/* WIDTH */
		0x200,		/* V_INTR */
		0,		/* V_CURRENT: writing clears the interrupt */
		0x0404233a,	/* BURST */
		0x271,		/* V_SYNC: 625 half-lines */
		0x00150c69,	/* H_SYNC */
		0x0c6f0c6e,	/* LEAP */
		0x00800300,	/* H_START */
		0x005f0239,	/* V_START: 237 lines from half-line 95 */
		0x0009026b,	/* V_BURST */
		0x200,		/* X_SCALE: 320 / 640 */
		0x400,		/* Y_SCALE: 240 / 240 */
	} },
	[BOOT_TV_NTSC] = { "ntsc", 60, {
		320, 0x200, 0,
		0x03e52239,	/* BURST */
		0x20d,		/* V_SYNC: 525 half-lines */
		0xc15,		/* H_SYNC */
		0x0c150c15,	/* LEAP */
		0x006c02ec,	/* H_START */
		0x002501ff,	/* V_START: 237 lines from half-line 37 */
		0x000e0204,	/* V_BURST */
		0x200, 0x400,
	} },
	[BOOT_TV_MPAL] = { "mpal", 60, {
		320, 0x200, 0,
		0x04651e39,	/* BURST */
		0x20d,		/* V_SYNC: NTSC's lines, PAL's colour */
		0x00040c11,	/* H_SYNC */
		0x0c190c1a,	/* LEAP */
		0x006c02ec,	/* H_START */
		0x002501ff,	/* V_START */
		0x000e0204,	/* V_BURST */
		0x200, 0x400,
	} },
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

const struct vi_standard *vi_init(uint32_t tv_type)
{
	const struct vi_standard *std = &vi_standards[BOOT_TV_NTSC];
	unsigned i;

	if (tv_type < sizeof(vi_standards) / sizeof(vi_standards[0]))
		std = &vi_standards[tv_type];
	draw_rect(framebuffers[0], 0, 0, DRAW_WIDTH, DRAW_HEIGHT, 0);
	dcache_writeback_invalidate(framebuffers[0], FB_BYTES);
	io_write(VI_ORIGIN, PHYS(framebuffers[0]));
	for (i = 0; i < VI_TIMING_REGS; i++)
		io_write(VI_BASE + 0x08 + 4 * i, std->regs[i]);
	io_write(VI_STATUS, VI_STATUS_320x240_16BPP);
	back = 1;
	return std;
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
