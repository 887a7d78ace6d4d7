/* SPDX-License-Identifier: MIT */
/*
 * n64.h - the N64 hardware the boot stages touch: registers, the boot
 * information the PIF and boot code leave in low RAM, and uncached access.
 */
#ifndef LIN64_N64_H
#define LIN64_N64_H

/* Shared with the boot code in assembly: plain constants only here. */


/* Peripheral interface: cartridge DMA. */
#define PI_DRAM_ADDR		0x04600000
#define PI_CART_ADDR		0x04600004
#define PI_WR_LEN		0x0460000c	/* cart -> RDRAM, length - 1 */
#define PI_STATUS		0x04600010
#define  PI_STATUS_DMA_BUSY	0x1
#define  PI_STATUS_IO_BUSY	0x2
#define  PI_STATUS_CLR_INTR	0x2		/* on write */

/* PIF RAM's last word; its bit 3 ends the boot (n64brew "PIF-NUS"). */
#define PIF_RAM_CTRL		0x1fc007fc
#define  PIF_END_BOOT		0x08

/* Cartridge domain 1: the ROM, and the IS-Viewer window inside it. */
#define CART_ROM		0x10000000
#define ISV_BASE		0x13ff0000
#define ISV_LEN			(ISV_BASE + 0x14)
#define ISV_BUF			(ISV_BASE + 0x20)

/*
 * What the boot code leaves in low RAM for the program it starts (the
 * layout libultra's boot code uses, so that any boot code works).
 */
#define BOOT_TV_TYPE		0x00000300	/* BOOT_TV_* */
#define  BOOT_TV_PAL		0
#define  BOOT_TV_NTSC		1
#define  BOOT_TV_MPAL		2
#define BOOT_ROM_TYPE		0x00000304	/* 0 cartridge, 1 64DD */
#define BOOT_ROM_BASE		0x00000308
#define BOOT_RESET_TYPE		0x0000030c	/* 0 cold, 1 NMI */
#define BOOT_CIC_SEED		0x00000310
#define BOOT_VERSION		0x00000314
#define BOOT_MEM_SIZE		0x00000318	/* bytes of RDRAM */

/*
 * The ROM layout as the boot code (assembly) needs it; toc.h defines the
 * format, and boot.c checks at compile time that the two agree.
 */
#define ROM_HDR_ENTRY		0x08
#define ROM_HDR_TOC		0x18
#define ROM_STAGE		0x1000
#define TOC_STAGE_SIZE_FIELD	0x20

#ifndef __ASSEMBLER__
#include <stdint.h>

/* KSEG0 (cached) and KSEG1 (uncached) views of a physical address. */
#define KSEG0(phys)		(0x80000000u | (uint32_t)(phys))
#define KSEG1(phys)		(0xa0000000u | (uint32_t)(phys))
#define PHYS(addr)		((uint32_t)(addr) & 0x1fffffffu)

static inline uint32_t io_read(uint32_t phys)
{
	return *(volatile uint32_t *)KSEG1(phys);
}

static inline void io_write(uint32_t phys, uint32_t value)
{
	*(volatile uint32_t *)KSEG1(phys) = value;
}
#endif /* __ASSEMBLER__ */

#endif
