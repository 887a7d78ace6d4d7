// SPDX-License-Identifier: MIT
/*
 * AI (n64brew "Audio Interface"): a two-entry DMA queue; the interrupt
 * comes as each buffer starts playing, so software can queue the next.
 * AI_STATUS: bit 31 (and 0) full, bit 30 busy.  Buffers of 256 stereo
 * samples at 48.681812 MHz / (AI_DACRATE + 1) = 32006 Hz play 8.0 ms each.
 */
#include "dev.h"
#include "n64.h"

#define AI_DRAM_ADDR		0x04500000
#define AI_LENGTH		0x04500004
#define AI_CONTROL		0x04500008
#define AI_STATUS		0x0450000c
#define AI_DACRATE		0x04500010
#define AI_BITRATE		0x04500014
#define  AI_STATUS_FULL		0x80000001u
#define  AI_STATUS_BUSY		0x40000000u
#define DACRATE			1520
#define BUFFER_BYTES		1024
#define BUFFER_TICKS		(uint32_t)((uint64_t)BUFFER_BYTES / 4 * \
				 (DACRATE + 1) * COUNT_HZ / 48681812)

static uint8_t samples[2][BUFFER_BYTES] __attribute__((aligned(8)));

static uint32_t ai_state(void)
{
	return io_read(AI_STATUS) & (AI_STATUS_FULL | AI_STATUS_BUSY);
}

static void ai_queue(int i)
{
	io_write(AI_DRAM_ADDR, PHYS(samples[i]));
	io_write(AI_LENGTH, BUFFER_BYTES);
}

void test_ai(void)
{
	uint32_t start, left;

	io_write(AI_DACRATE, DACRATE);
	io_write(AI_BITRATE, 15);
	io_write(AI_CONTROL, 1);
	io_write(AI_STATUS, 0);
	check("ai: idle: not busy, not full", ai_state(), 0);

	ai_queue(0);
	start = cp0_count();
	check("ai: first buffer starts: interrupt", io_read(MI_INTR) & MI_INTR_AI,
	      MI_INTR_AI);
	check("ai: one buffer: busy, not full", ai_state(), AI_STATUS_BUSY);
	io_write(AI_STATUS, 0);
	check("ai: writing AI_STATUS clears it", io_read(MI_INTR) & MI_INTR_AI, 0);
	ai_queue(1);
	check("ai: two buffers: busy and full", ai_state(),
	      AI_STATUS_BUSY | AI_STATUS_FULL);
	left = io_read(AI_LENGTH);
	check_range("ai: AI_LENGTH counts down the playing buffer", left,
		    BUFFER_BYTES / 2, BUFFER_BYTES);

	/* The second buffer starts, and interrupts, as the first ends. */
	wait_mi(MI_INTR_AI, 2 * BUFFER_TICKS);
	check_range("ai: next interrupt after one buffer (Count ticks)",
		    cp0_count() - start, BUFFER_TICKS - BUFFER_TICKS / 100,
		    BUFFER_TICKS + BUFFER_TICKS / 100);
	check("ai: second buffer playing: busy, not full", ai_state(),
	      AI_STATUS_BUSY);
	io_write(AI_STATUS, 0);

	start = cp0_count();
	while (ai_state() && cp0_count() - start < 2 * BUFFER_TICKS)
		;
	check_range("ai: idle after the second buffer (Count ticks)",
		    cp0_count() - start, BUFFER_TICKS - BUFFER_TICKS / 100,
		    BUFFER_TICKS + BUFFER_TICKS / 100);
	check("ai: no interrupt when the queue runs dry",
	      io_read(MI_INTR) & MI_INTR_AI, 0);

	/* Queued with DMA off (Linux's snd-n64 does that), a buffer waits
	 * for AI_CONTROL to turn DMA on, then starts. */
	io_write(AI_CONTROL, 0);
	ai_queue(0);
	check("ai: queued with DMA off: no interrupt yet",
	      io_read(MI_INTR) & MI_INTR_AI, 0);
	io_write(AI_CONTROL, 1);
	check("ai: DMA on starts the queued buffer: interrupt",
	      io_read(MI_INTR) & MI_INTR_AI, MI_INTR_AI);
	io_write(AI_STATUS, 0);
	start = cp0_count();
	while (ai_state() && cp0_count() - start < 2 * BUFFER_TICKS)
		;
	io_write(AI_CONTROL, 0);
}
