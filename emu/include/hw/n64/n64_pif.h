/*
 * Nintendo 64 PIF: the boot ROM, the CIC check and the boot watchdog
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_PIF_H
#define HW_N64_PIF_H

#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qemu/timer.h"
#include "qom/object.h"

#define TYPE_N64_PIF "n64-pif"
OBJECT_DECLARE_SIMPLE_TYPE(N64PIFState, N64_PIF)

#define N64_PIF_BOOT_DONE "boot-done"   /* GPIO in: from the SI */

/* s4 at IPL3's entry */
enum {
    N64_TV_PAL = 0,
    N64_TV_NTSC = 1,
    N64_TV_MPAL = 2,
};

struct N64PIFState {
    SysBusDevice parent_obj;

    MemoryRegion rom;           /* the boot ROM at the reset vector */
    QEMUTimer *watchdog;        /* strict: IPL3 must end the boot in 5 s */
    bool booted;                /* IPL3 sent the boot termination */

    /* properties */
    bool strict;                /* run the CIC check and the watchdog */
    uint32_t cic;               /* CIC part number, 0 for none */
    uint8_t tv;                 /* N64_TV_* */
    uint64_t ram_size;
};

/* What IPL2 leaves for IPL3; runs after every device has reset. */
void n64_pif_boot(N64PIFState *s);

#endif /* HW_N64_PIF_H */
