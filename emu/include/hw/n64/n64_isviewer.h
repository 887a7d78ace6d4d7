/*
 * Nintendo 64 IS-Viewer 64: a text console in cartridge space
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_ISVIEWER_H
#define HW_N64_ISVIEWER_H

#include "chardev/char-fe.h"
#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_ISVIEWER "n64-isviewer"
OBJECT_DECLARE_SIMPLE_TYPE(N64ISViewerState, N64_ISVIEWER)

#define N64_ISV_WINDOW          0x10000
#define N64_ISV_LEN             0x14    /* writing the length emits */
#define N64_ISV_BUF             0x20    /* the text, up to the window end */

struct N64ISViewerState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    CharBackend chr;
    uint8_t mem[N64_ISV_WINDOW];
};

#endif /* HW_N64_ISVIEWER_H */
