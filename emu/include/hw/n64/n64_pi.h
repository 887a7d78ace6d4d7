/*
 * Nintendo 64 Peripheral Interface (PI): the cartridge bus and its DMA
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_PI_H
#define HW_N64_PI_H

#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_PI "n64-pi"
OBJECT_DECLARE_SIMPLE_TYPE(N64PIState, N64_PI)

/*
 * The CPU reaches the PI bus through two windows of its address space,
 * at the same addresses on the bus: sysbus MMIO 1 and 2.
 */
#define N64_PI_WINDOW1_BASE     0x05000000  /* to 0x1FBFFFFF */
#define N64_PI_WINDOW1_SIZE     0x1AC00000
#define N64_PI_WINDOW2_BASE     0x1FD00000  /* to 0x7FFFFFFF */
#define N64_PI_WINDOW2_SIZE     0x60300000

/* The bus timing of each domain: PI_BSD_DOMn_{LAT,PWD,PGS,RLS}. */
enum {
    N64_PI_LAT,
    N64_PI_PWD,
    N64_PI_PGS,
    N64_PI_RLS,
    N64_PI_NUM_TIMINGS
};

typedef struct N64PIWindow {
    MemoryRegion mr;
    N64PIState *pi;
    uint32_t base;          /* bus address of the window's first byte */
} N64PIWindow;

struct N64PIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    N64PIWindow window[2];
    MemoryRegion open_bus;  /* what answers where no device does */
    MemoryRegion *bus;      /* link: the PI bus, 4 GiB of bus addresses */
    MemoryRegion *dram;     /* link: RDRAM, the other end of a DMA */
    AddressSpace bus_as;
    AddressSpace dram_as;
    QEMUTimer *dma_timer;
    qemu_irq irq;           /* to the MI */

    uint32_t dram_addr;     /* PI_DRAM_ADDR */
    uint32_t cart_addr;     /* PI_CART_ADDR */
    uint32_t status;        /* PI_STATUS error and interrupt bits */
    bool dma_busy;
    bool dma_to_dram;       /* PI_WR_LEN (cart -> RDRAM), else PI_RD_LEN */
    uint32_t dma_len;
    uint32_t len_readback;  /* PI_RD_LEN and PI_WR_LEN as read */
    int64_t dma_end_ns;
    int64_t io_busy_until_ns;
    uint32_t latch;         /* the last word that crossed the bus */
    uint32_t dom[2][N64_PI_NUM_TIMINGS];
};

#endif /* HW_N64_PI_H */
