// SPDX-License-Identifier: MIT
#include "cache.h"
#include "joybus.h"
#include "n64.h"

#define SI_DRAM_ADDR		0x04800000
#define SI_PIF_ADDR_RD64B	0x04800004
#define SI_PIF_ADDR_WR64B	0x04800010
#define SI_STATUS		0x04800018
#define  SI_STATUS_BUSY		0x3	/* DMA or I/O */
#define PIF_RAM			0x1fc007c0

/* The SI DMAs 64 bytes from 8-byte aligned RDRAM; a cache line keeps it clean. */
static uint8_t dma_block[JOYBUS_BLOCK] __attribute__((aligned(16)));

static void si_wait(void)
{
	while (io_read(SI_STATUS) & SI_STATUS_BUSY)
		;
}

static void si_dma(uint32_t pif_reg)
{
	si_wait();
	io_write(SI_DRAM_ADDR, PHYS(dma_block));
	io_write(pif_reg, PIF_RAM);
	si_wait();
}

void joybus_exec(uint8_t block[JOYBUS_BLOCK])
{
	int i;

	for (i = 0; i < JOYBUS_BLOCK; i++)
		dma_block[i] = block[i];
	dcache_writeback_invalidate(dma_block, sizeof(dma_block));
	si_dma(SI_PIF_ADDR_WR64B);
	si_dma(SI_PIF_ADDR_RD64B);
	dcache_invalidate(dma_block, sizeof(dma_block));
	for (i = 0; i < JOYBUS_BLOCK; i++)
		block[i] = dma_block[i];
}

/*
 * Tell the PIF the boot is over: bit 3 of PIF RAM's last byte.  Without it
 * the PIF halts the CPU 5 s after power-on.  Retail-style boot code leaves
 * this to the program, so the stage sends it whichever boot code ran; once
 * the boot is over, sending it again does nothing.
 */
void joybus_end_boot(void)
{
	si_wait();
	io_write(PIF_RAM_CTRL, io_read(PIF_RAM_CTRL) | PIF_END_BOOT);
}
