// SPDX-License-Identifier: MIT
#include "cache.h"
#include "n64.h"
#include "pi.h"

/* A DMA or a direct access in flight swallows any new access. */
static void pi_wait_idle(void)
{
	while (io_read(PI_STATUS) & (PI_STATUS_DMA_BUSY | PI_STATUS_IO_BUSY))
		;
}

void pi_read(void *dst, uint32_t rom_offset, uint32_t len)
{
	uint32_t units = (len + 7) & ~7u;

	if (!len)
		return;
	/* Dirty lines written back later would overwrite the new data. */
	dcache_invalidate(dst, units);
	pi_wait_idle();
	io_write(PI_DRAM_ADDR, PHYS(dst));
	io_write(PI_CART_ADDR, CART_ROM + rom_offset);
	io_write(PI_WR_LEN, units - 1);
	pi_wait_idle();
	io_write(PI_STATUS, PI_STATUS_CLR_INTR);
	icache_invalidate(dst, units);
}

uint32_t pi_read_word(uint32_t cart_addr)
{
	pi_wait_idle();
	return io_read(cart_addr);
}

void pi_write_word(uint32_t cart_addr, uint32_t value)
{
	pi_wait_idle();
	io_write(cart_addr, value);
}
