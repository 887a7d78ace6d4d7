/*
 * Nintendo 64 Video Interface (VI): registers, timing and the framebuffer
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_VI_H
#define HW_N64_VI_H

#include "hw/sysbus.h"
#include "qom/object.h"
#include "ui/console.h"

#define TYPE_N64_VI "n64-vi"
OBJECT_DECLARE_SIMPLE_TYPE(N64VIState, N64_VI)

#define N64_VI_NUM_REGS 14

struct N64VIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    QEMUTimer *timer;       /* the next VI interrupt */
    qemu_irq irq;           /* to the MI */

    uint32_t clock_hz;      /* the VI clock, by TV standard */
    uint32_t regs[N64_VI_NUM_REGS];
    int64_t epoch_ns;       /* when line 0 of field 0 began */
    bool intr;

    /* The picture: derived from the registers, not migrated */
    MemoryRegion *dram;     /* link: RDRAM, where VI_ORIGIN points */
    QemuConsole *con;
    uint32_t mode_type, mode_width, mode_height, mode_stride;
    uint32_t bad_origin;    /* the last ORIGIN reported past RDRAM */
    bool invalidate;        /* resize and redraw at the next update */
};

#endif /* HW_N64_VI_H */
