/*
 * Nintendo 64 RDRAM Interface (RI)
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_RI_H
#define HW_N64_RI_H

#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_RI "n64-ri"
OBJECT_DECLARE_SIMPLE_TYPE(N64RIState, N64_RI)

#define N64_RI_NUM_REGS 8
#define N64_RI_RDRAM_READY "rdram-ready"  /* GPIO out: RDRAM usable */

struct N64RIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    uint32_t regs[N64_RI_NUM_REGS];
    qemu_irq rdram_ready;
};

#endif /* HW_N64_RI_H */
