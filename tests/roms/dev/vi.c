// SPDX-License-Identifier: MIT
/*
 * VI: one interrupt per field, and the field rate against CP0 Count.  The
 * boot menu left the VI running NTSC 240p; the expected field comes from
 * its registers as docs/emu.md gives the model: a line is VI_H_SYNC + 1
 * cycles of the 48.681812 MHz NTSC VI clock, a field (VI_V_SYNC + 1) / 2
 * lines.
 */
#include "dev.h"
#include "n64.h"

#define VI_V_INTR		0x0440000c
#define VI_V_CURRENT		0x04400010
#define VI_V_SYNC		0x04400018
#define VI_H_SYNC		0x0440001c
#define VI_CLOCK_HZ		48681812u
#define FRAMES			60

/* Waits for the next VI interrupt and acknowledges it; 0 on timeout. */
static int vi_wait(uint32_t ticks)
{
	int seen = wait_mi(MI_INTR_VI, ticks);

	io_write(VI_V_CURRENT, 0);
	return seen;
}

void test_vi(void)
{
	uint32_t lines = ((io_read(VI_V_SYNC) & 0x3ff) + 1) / 2;
	uint32_t line_clocks = (io_read(VI_H_SYNC) & 0xfff) + 1;
	/* Count ticks in FRAMES fields; 0.1 % either side. */
	uint32_t want = (uint64_t)FRAMES * lines * line_clocks * COUNT_HZ /
			VI_CLOCK_HZ;
	uint32_t field = want / FRAMES, start, irqs = 0, i;

	io_write(VI_V_INTR, 0x200);
	vi_wait(2 * field);

	/* Raised with MI_MASK set, the interrupt shows on the CPU's IP2. */
	io_write(MI_MASK, 0x80);		/* set VI */
	wait_mi(MI_INTR_VI, 2 * field);
	check("vi: interrupt reaches Cause.IP2", cp0_cause() & CP0_CAUSE_IP2,
	      CP0_CAUSE_IP2);
	io_write(VI_V_CURRENT, 0);
	check("vi: writing VI_V_CURRENT clears it", io_read(MI_INTR) & MI_INTR_VI,
	      0);
	io_write(MI_MASK, 0x40);		/* clear VI */

	/* Interrupts in FRAMES and a half fields of Count time. */
	vi_wait(2 * field);
	start = cp0_count();
	while (cp0_count() - start < want + field / 2)
		if (io_read(MI_INTR) & MI_INTR_VI) {
			irqs++;
			io_write(VI_V_CURRENT, 0);
		}
	check("vi: one interrupt a field over 60 fields", irqs, FRAMES);

	/* Count ticks over FRAMES interrupts. */
	vi_wait(2 * field);
	start = cp0_count();
	for (i = 0; i < FRAMES; i++)
		if (!vi_wait(2 * field))
			break;
	check_range("vi: Count ticks in 60 fields (46.875 MHz, 0.1 %)",
		    cp0_count() - start, want - want / 1000, want + want / 1000);
}
