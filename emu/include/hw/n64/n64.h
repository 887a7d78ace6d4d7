/*
 * Nintendo 64: the physical memory map and the machine-wide constants
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_N64_H
#define HW_N64_N64_H

#include "qemu/units.h"

/* The VR4300 runs at 93.75 MHz; the RCP (and the PI bus) at 62.5 MHz. */
#define N64_CPU_HZ              93750000
#define N64_RCP_HZ              62500000

/* The CPU's physical address space (what KSEG0/KSEG1 show). */
#define N64_RDRAM_BASE          0x00000000
#define N64_RDRAM_REGS_BASE     0x03F00000  /* RDRAM chip registers */
#define N64_SP_MEM_BASE         0x04000000  /* DMEM, IMEM and mirrors */
#define N64_SP_REGS_BASE        0x04040000
#define N64_SP_PC_BASE          0x04080000
#define N64_DP_CMD_BASE         0x04100000
#define N64_DP_SPAN_BASE        0x04200000
#define N64_MI_BASE             0x04300000
#define N64_VI_BASE             0x04400000
#define N64_AI_BASE             0x04500000
#define N64_PI_BASE             0x04600000
#define N64_RI_BASE             0x04700000
#define N64_SI_BASE             0x04800000
#define N64_PIF_ROM_BASE        0x1FC00000
#define N64_PIF_ROM_SIZE        0x7C0
#define N64_PIF_RAM_BASE        0x1FC007C0
#define N64_RCP_BLOCK_SIZE      0x100000    /* each interface decodes 1 MiB */

/* Addresses on the PI bus (cartridge port), as the PI DMA sees them. */
#define N64_CART_ROM_BASE       0x10000000  /* domain 1, address 2 */
#define N64_CART_ROM_MAX        0x0FC00000  /* up to 0x1FBFFFFF */
#define N64_ISV_BASE            0x13FF0000  /* IS-Viewer 64 window */
#define N64_ISV_SIZE            0x10000

/* What the PIF's boot code leaves for IPL3 (see n64_pif.c). */
#define N64_IPL3_ENTRY          0xA4000040
#define N64_BOOT_STACK          0xA4001FF0
#define N64_BOOT_STATUS         0x34000000  /* CU1, CU0, FR */
#define N64_BOOT_MEM_SIZE       0x318       /* RDRAM size, bytes */

/*
 * The RCP's set/clear register bits: in a value written to such a
 * register, a 1 in @clr clears @bit and a 1 in @set sets it; both at
 * once leave it as it was.  Returns the new register value.
 */
static inline uint32_t n64_set_clear(uint32_t reg, uint32_t val,
                                     uint32_t clr, uint32_t set, uint32_t bit)
{
    bool c = val & clr, s = val & set;

    if (c && !s) {
        reg &= ~bit;
    } else if (s && !c) {
        reg |= bit;
    }
    return reg;
}

#endif /* HW_N64_N64_H */
