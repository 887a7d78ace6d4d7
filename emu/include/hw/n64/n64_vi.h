/*
 * Nintendo 64 Video Interface (VI): timing only, no picture yet
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_VI_H
#define HW_N64_VI_H

#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_VI "n64-vi"
OBJECT_DECLARE_SIMPLE_TYPE(N64VIState, N64_VI)

#define N64_VI_NUM_REGS 14

struct N64VIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    QEMUTimer *timer;       /* the next VI interrupt */
    qemu_irq irq;           /* to the MI */

    uint32_t regs[N64_VI_NUM_REGS];
    int64_t epoch_ns;       /* when line 0 of field 0 began */
    bool intr;
};

#endif /* HW_N64_VI_H */
