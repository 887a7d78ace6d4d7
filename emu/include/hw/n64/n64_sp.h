/*
 * Nintendo 64 Signal Processor (SP): DMEM, IMEM and the RSP's registers
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_SP_H
#define HW_N64_SP_H

#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_SP "n64-sp"
OBJECT_DECLARE_SIMPLE_TYPE(N64SPState, N64_SP)

#define N64_SP_DMEM_SIZE        0x1000
#define N64_SP_MEM_SIZE         0x2000      /* DMEM, then IMEM */
#define N64_SP_MEM_WINDOW       0x40000     /* mirrored through it */
#define N64_SP_REGS_WINDOW      0x40000
#define N64_SP_PC_WINDOW        0x40000
#define N64_SP_MIRRORS          (N64_SP_MEM_WINDOW / N64_SP_MEM_SIZE)

struct N64SPState {
    SysBusDevice parent_obj;

    MemoryRegion mem_window;
    MemoryRegion mem;                   /* DMEM + IMEM */
    MemoryRegion mirror[N64_SP_MIRRORS - 1];
    MemoryRegion regs;
    MemoryRegion pc_regs;
    MemoryRegion *dram;                 /* link: RDRAM, for SP DMA */
    AddressSpace dram_as;
    AddressSpace mem_as;                /* DMEM + IMEM, as DMA sees them */
    qemu_irq irq;                       /* to the MI */

    uint32_t mem_addr;                  /* SP_DMA_SPADDR */
    uint32_t dram_addr;                 /* SP_DMA_RAMADDR */
    uint32_t rd_len;                    /* SP_DMA_RDLEN as it reads back */
    uint32_t wr_len;                    /* SP_DMA_WRLEN as it reads back */
    uint32_t status;                    /* SP_STATUS */
    uint32_t semaphore;
    uint32_t pc;
    bool intr;                          /* the SP interrupt to the MI */
};

#endif /* HW_N64_SP_H */
