// SPDX-License-Identifier: MIT
/*
 * PI: DMA between the cartridge bus and RDRAM (n64brew "Peripheral
 * Interface", DMA Transfers).  With the RDRAM address 8-byte aligned and
 * an even length it moves exactly the bytes asked for.  Otherwise the
 * PI's 128-byte buffer shows: odd lengths are exact only within the last
 * block, and a misaligned first block writes (address & 7) bytes fewer.
 */
#include "dev.h"
#include "n64.h"
#include "pi.h"

#define PI_RD_LEN		0x04600008	/* RDRAM -> bus, length - 1 */
#define PI_STATUS_ERROR		0x4		/* a DMA was refused */
#define PI_STATUS_INTR		0x8
#define PI_LEN_READBACK		0x7f		/* n64brew: reads "almost always" */
#define ISV_SCRATCH		(ISV_BASE + 0x8000)	/* far from the text */
#define GUARD			0xa5
#define DMA_TIMEOUT		COUNT_HZ

static uint8_t buf[0x1000] __attribute__((aligned(16)));

/* Only ever touched uncached: no cache line can hide what the DMA did. */
static volatile uint8_t *ram(uint32_t offset)
{
	return (volatile uint8_t *)KSEG1(PHYS(buf) + offset);
}

static uint8_t bus_byte(uint32_t addr)
{
	return pi_read_word(addr & ~3u) >> (24 - 8 * (addr & 3));
}

/* 0 when the DMA did not end within a second. */
static int dma_wait(void)
{
	uint32_t start = cp0_count();

	while (io_read(PI_STATUS) & (PI_STATUS_DMA_BUSY | PI_STATUS_IO_BUSY))
		if (cp0_count() - start > DMA_TIMEOUT)
			return 0;
	return 1;
}

/*
 * Starts a DMA once the PI is idle (the console's IS-Viewer writes keep it
 * busy, and a DMA started then is refused) and returns PI_STATUS as it
 * reads straight after.
 */
static uint32_t dma_start(uint32_t len_reg, uint32_t dram, uint32_t bus,
			  uint32_t len)
{
	dma_wait();
	io_write(PI_DRAM_ADDR, PHYS(buf) + dram);
	io_write(PI_CART_ADDR, bus);
	io_write(len_reg, len - 1);
	return io_read(PI_STATUS);
}

static void fill(uint32_t offset, uint32_t len, uint8_t value)
{
	while (len--)
		*ram(offset++) = value;
}

/*
 * What a cart->RDRAM DMA of @len bytes from @rom to @dram leaves: @run1
 * bytes of the ROM at @dram, then @gap bytes untouched (and skipped in the
 * ROM), then @run2 more; PI_DRAM_ADDR and PI_CART_ADDR then read
 * @dram_end and @rom + @rom_moved.  @rom is a ROM offset; @dram and
 * @dram_end are offsets from buf + 8, which leaves room for a guard.
 */
struct dma_case {
	uint16_t rom, dram, len;
	uint16_t run1, gap, run2;
	uint16_t dram_end, rom_moved;
};

static const struct dma_case cases[] = {
	/* aligned, even: exact */
	{ 0x1000, 0x000, 2, 2, 0, 0, 0x008, 2 },
	{ 0x1002, 0x008, 6, 6, 0, 0, 0x010, 6 },
	{ 0x1006, 0x010, 8, 8, 0, 0, 0x018, 8 },
	{ 0x100a, 0x020, 14, 14, 0, 0, 0x030, 14 },
	{ 0x1040, 0x040, 128, 128, 0, 0, 0x0c0, 128 },
	{ 0x1102, 0x100, 0x402, 0x402, 0, 0, 0x508, 0x402 },
	/* odd: exact in one block, rounded up to even past the first */
	{ 0x1200, 0x600, 3, 3, 0, 0, 0x608, 4 },
	{ 0x1210, 0x610, 129, 130, 0, 0, 0x698, 130 },
	/* misaligned: the first block loses its last (address & 7) bytes */
	{ 0x1300, 0x702, 6, 4, 0, 0, 0x708, 6 },
	{ 0x1400, 0x804, 200, 120, 4, 76, 0x8d0, 200 },
	{ 0x1500, 0x902, 125, 124, 0, 0, 0x980, 126 },
	{ 0x1600, 0xa06, 1, 0, 0, 0, 0xa08, 2 },
};

/* Bytes of the result that differ from what @c says, guards included. */
static uint32_t dma_damage(const struct dma_case *c)
{
	uint32_t rom = CART_ROM + c->rom, bad = 0;
	int32_t end = c->run1 + c->gap + c->run2, at;

	/* from 8 bytes in front of the case to 8 past it */
	for (at = -8; at < end + 8; at++) {
		int from_rom = at >= 0 &&
			       (at < c->run1 ||
				(at >= c->run1 + c->gap && at < end));

		bad += *ram(8 + c->dram + at) !=
		       (from_rom ? bus_byte(rom + at) : GUARD);
	}
	return bad;
}

/* The aligned, even case used for the round trips below. */
static uint32_t mismatches(uint32_t dram, uint32_t bus, uint32_t len)
{
	uint32_t bad = 0, i;

	for (i = 0; i < len; i++)
		bad += *ram(dram + i) != bus_byte(bus + i);
	for (i = 0; i < 8; i++)
		bad += *ram(dram + len + i) != GUARD;
	return bad;
}

static uint32_t dma_case_failures(void)
{
	uint32_t failed = 0, i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct dma_case *c = &cases[i];
		uint32_t rom_end = CART_ROM + c->rom + c->rom_moved;

		fill(c->dram, c->run1 + c->gap + c->run2 + 24, GUARD);
		dma_start(PI_WR_LEN, 8 + c->dram, CART_ROM + c->rom, c->len);
		if (!dma_wait() || dma_damage(c) ||
		    io_read(PI_DRAM_ADDR) != PHYS(buf) + 8 + c->dram_end ||
		    io_read(PI_CART_ADDR) != rom_end)
			failed |= 1u << i;
		io_write(PI_STATUS, PI_STATUS_CLR_INTR);
	}
	return failed;
}

void test_pi(void)
{
	uint32_t status, mi, i, rom = CART_ROM + 0x1000, before;

	check("pi: cart->rdram, 12 aligned, odd and misaligned cases "
	      "(mask of failures)", dma_case_failures(), 0);

	/* A DMA of at most 8 bytes: PI_WR_LEN reads 0x7f less the skew. */
	fill(0, 16, GUARD);
	dma_start(PI_WR_LEN, 2, rom, 6);
	dma_wait();
	io_write(PI_STATUS, PI_STATUS_CLR_INTR);
	check("pi: PI_WR_LEN after a short misaligned DMA", io_read(PI_WR_LEN),
	      PI_LEN_READBACK - 2);

	/* 0x1000 bytes take about 750 us of bus time: busy, then interrupt. */
	/* Both read before the console, which waits for the PI, prints. */
	status = dma_start(PI_WR_LEN, 0, rom, sizeof(buf));
	mi = io_read(MI_INTR);
	check("pi: DMA busy while it runs, no interrupt yet",
	      status & (PI_STATUS_DMA_BUSY | PI_STATUS_INTR), PI_STATUS_DMA_BUSY);
	check("pi: MI has no PI interrupt while busy", mi & MI_INTR_PI, 0);
	dma_wait();
	check("pi: PI_STATUS interrupt when done",
	      io_read(PI_STATUS) & (PI_STATUS_DMA_BUSY | PI_STATUS_INTR),
	      PI_STATUS_INTR);
	check("pi: MI_INTR PI when done", io_read(MI_INTR) & MI_INTR_PI,
	      MI_INTR_PI);
	check("pi: PI_WR_LEN reads 0x7f", io_read(PI_WR_LEN), PI_LEN_READBACK);
	io_write(PI_STATUS, PI_STATUS_CLR_INTR);
	check("pi: clearing PI_STATUS clears MI_INTR PI",
	      (io_read(PI_STATUS) & PI_STATUS_INTR) | (io_read(MI_INTR) & MI_INTR_PI),
	      0);

	/* RDRAM -> bus: the ROM ignores it, the IS-Viewer's RAM keeps it. */
	before = pi_read_word(rom);
	fill(0, 8, 0x5a);
	dma_start(PI_RD_LEN, 0, rom, 8);
	dma_wait();
	check("pi: rdram->cart leaves the ROM as it was", pi_read_word(rom),
	      before);
	check("pi: rdram->cart interrupts too", io_read(MI_INTR) & MI_INTR_PI,
	      MI_INTR_PI);
	io_write(PI_STATUS, PI_STATUS_CLR_INTR);

	fill(0, 72, GUARD);
	for (i = 0; i < 64; i++)
		*ram(i) = i * 7 + 1;
	dma_start(PI_RD_LEN, 0, ISV_SCRATCH, 64);
	dma_wait();
	check("pi: rdram->IS-Viewer RAM", mismatches(0, ISV_SCRATCH, 64), 0);
	fill(0x100, 72, GUARD);
	dma_start(PI_WR_LEN, 0x100, ISV_SCRATCH, 64);
	dma_wait();
	io_write(PI_STATUS, PI_STATUS_CLR_INTR);
	check("pi: IS-Viewer RAM->rdram", mismatches(0x100, ISV_SCRATCH, 64), 0);
	check("pi: no DMA was refused", io_read(PI_STATUS) & PI_STATUS_ERROR, 0);
}
