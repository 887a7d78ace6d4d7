/*
 * Nintendo 64 MIPS Interface (MI): the RCP's interrupt controller
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_MI_H
#define HW_N64_MI_H

#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_MI "n64-mi"
OBJECT_DECLARE_SIMPLE_TYPE(N64MIState, N64_MI)

/* The RCP's interrupt sources: the MI's GPIO inputs, in MI_INTR bit order. */
enum {
    N64_MI_IRQ_SP,
    N64_MI_IRQ_SI,
    N64_MI_IRQ_AI,
    N64_MI_IRQ_VI,
    N64_MI_IRQ_PI,
    N64_MI_IRQ_DP,
    N64_MI_NUM_IRQS
};

struct N64MIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq cpu_irq;       /* to the VR4300's IP2 */

    uint32_t mode;          /* MI_MODE: init length, init, ebus, RDRAM reg */
    uint32_t intr;          /* MI_INTR: one bit a source */
    uint32_t mask;          /* MI_MASK */
};

#endif /* HW_N64_MI_H */
