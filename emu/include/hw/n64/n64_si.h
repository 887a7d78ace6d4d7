/*
 * Nintendo 64 Serial Interface (SI) and PIF RAM
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_SI_H
#define HW_N64_SI_H

#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qom/object.h"
#include "hw/n64/n64_joybus.h"

#define TYPE_N64_SI "n64-si"
OBJECT_DECLARE_SIMPLE_TYPE(N64SIState, N64_SI)

#define N64_PIF_RAM_SIZE 64
#define N64_SI_BOOT_DONE "boot-done"      /* GPIO out: IPL3 ended the boot */

struct N64SIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;                 /* the SI registers */
    MemoryRegion pif_ram_io;            /* PIF RAM, 64 bytes */
    MemoryRegion *dram;                 /* link: RDRAM, for SI DMA */
    AddressSpace dram_as;
    qemu_irq irq;                       /* to the MI */
    qemu_irq boot_done;                 /* to the PIF's watchdog */
    Object *port[N64_JOYBUS_PORTS];     /* links: joybus devices */

    uint32_t dram_addr;                 /* SI_DRAM_ADDR */
    bool intr;                          /* SI_STATUS bit 12 */
    uint8_t pif_ram[N64_PIF_RAM_SIZE];
};

#endif /* HW_N64_SI_H */
