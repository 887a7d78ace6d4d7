/*
 * Nintendo 64 Serial Interface (SI) and PIF RAM: empty joybus ports
 *
 * The SI moves 64-byte blocks between RDRAM and the PIF's RAM; the PIF
 * runs the joybus commands in its RAM when the control byte (the last
 * one) has bit 0 set.  No device is modelled on any port yet (controllers
 * and the cartridge's EEPROM come with a later milestone): each command
 * frame gets the error bits 0xC0 in its rx length byte, as an empty port
 * answers on real hardware.  DMAs complete at once and raise the SI
 * interrupt; writing SI_STATUS clears it.
 *
 * Registers (n64brew "Serial Interface"), mirrored through the SI's 1 MiB:
 *   0x00 SI_DRAM_ADDR   0x04 SI_PIF_AD_RD64B   0x10 SI_PIF_AD_WR64B
 *   0x18 SI_STATUS
 * The 4-byte PIF transfers (0x08, 0x14) are not modelled.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_si.h"
#include "migration/vmstate.h"
#include "trace.h"

#define SI_DRAM_ADDR            0x00
#define SI_PIF_AD_RD64B         0x04
#define SI_PIF_AD_WR64B         0x10
#define SI_STATUS               0x18
#define SI_STATUS_INTR          (1 << 12)
#define SI_DRAM_ADDR_MASK       0xFFFFF8

#define PIF_CTRL                (N64_PIF_RAM_SIZE - 1)
#define PIF_CTRL_JOYBUS         0x01
#define JOYBUS_RX_ERROR         0xC0    /* no device, overrun */

/* Runs the joybus commands: every port is empty. */
static void pif_joybus(N64SIState *s)
{
    uint8_t *ram = s->pif_ram;
    unsigned i = 0, channel = 0;

    while (i < PIF_CTRL && channel < 6) {
        uint8_t tx = ram[i];

        if (tx == 0xFE) {               /* end of commands */
            break;
        }
        if (tx == 0xFF || tx == 0xFD) { /* padding, channel reset */
            i++;
            continue;
        }
        if (tx == 0) {                  /* skip this channel */
            channel++;
            i++;
            continue;
        }
        if (i + 1 >= PIF_CTRL || ram[i + 1] == 0xFE) {
            break;
        }
        ram[i + 1] |= JOYBUS_RX_ERROR;
        trace_n64_si_joybus(channel, tx & 0x3F, ram[i + 1] & 0x3F);
        i += 2 + (tx & 0x3F) + (ram[i + 1] & 0x3F);
        channel++;
    }
    ram[PIF_CTRL] &= ~PIF_CTRL_JOYBUS;
}

static void si_dma(N64SIState *s, bool to_dram, uint32_t pif_addr)
{
    MemTxResult r;

    if (to_dram && (s->pif_ram[PIF_CTRL] & PIF_CTRL_JOYBUS)) {
        pif_joybus(s);
    }
    trace_n64_si_dma(to_dram ? "pif->rdram" : "rdram->pif", s->dram_addr,
                     pif_addr);
    if (to_dram) {
        r = address_space_write(&s->dram_as, s->dram_addr,
                                MEMTXATTRS_UNSPECIFIED, s->pif_ram,
                                N64_PIF_RAM_SIZE);
    } else {
        r = address_space_read(&s->dram_as, s->dram_addr,
                               MEMTXATTRS_UNSPECIFIED, s->pif_ram,
                               N64_PIF_RAM_SIZE);
    }
    if (r != MEMTX_OK) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-si: DMA at RDRAM 0x%06x is past "
                      "RDRAM\n", s->dram_addr);
    }
    s->intr = true;
    qemu_irq_raise(s->irq);
}

static uint64_t n64_si_read(void *opaque, hwaddr offset, unsigned size)
{
    N64SIState *s = N64_SI(opaque);
    uint32_t val = 0;

    offset &= 0xFFFFC;
    switch (offset) {
    case SI_DRAM_ADDR:
        val = s->dram_addr;
        break;
    case SI_STATUS:
        val = s->intr ? SI_STATUS_INTR : 0;
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "n64-si: read at offset 0x%" HWADDR_PRIx
                      "\n", offset);
        break;
    }
    trace_n64_si_read(offset, val);
    return val;
}

static void n64_si_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64SIState *s = N64_SI(opaque);

    offset &= 0xFFFFC;
    trace_n64_si_write(offset, value);
    switch (offset) {
    case SI_DRAM_ADDR:
        s->dram_addr = value & SI_DRAM_ADDR_MASK;
        break;
    case SI_PIF_AD_RD64B:
        si_dma(s, true, value);
        break;
    case SI_PIF_AD_WR64B:
        si_dma(s, false, value);
        break;
    case SI_STATUS:
        s->intr = false;
        qemu_irq_lower(s->irq);
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "n64-si: write 0x%" PRIx64 " at offset 0x%"
                      HWADDR_PRIx "\n", value, offset);
        break;
    }
}

static const MemoryRegionOps n64_si_ops = {
    .read = n64_si_read,
    .write = n64_si_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

/* The CPU's own accesses to PIF RAM, 32 bits at a time. */
static uint64_t n64_pif_ram_read(void *opaque, hwaddr offset, unsigned size)
{
    N64SIState *s = N64_SI(opaque);

    return ldl_be_p(&s->pif_ram[offset & 0x3C]);
}

static void n64_pif_ram_write(void *opaque, hwaddr offset, uint64_t value,
                              unsigned size)
{
    N64SIState *s = N64_SI(opaque);

    stl_be_p(&s->pif_ram[offset & 0x3C], value);
}

static const MemoryRegionOps n64_pif_ram_ops = {
    .read = n64_pif_ram_read,
    .write = n64_pif_ram_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_si_reset(DeviceState *dev)
{
    N64SIState *s = N64_SI(dev);

    s->dram_addr = 0;
    s->intr = false;
    memset(s->pif_ram, 0, sizeof(s->pif_ram));
    qemu_irq_lower(s->irq);
}

static void n64_si_realize(DeviceState *dev, Error **errp)
{
    N64SIState *s = N64_SI(dev);

    if (!s->dram) {
        error_setg(errp, "n64-si: the 'dram' link must be set");
        return;
    }
    address_space_init(&s->dram_as, s->dram, "n64.si-dram");
}

static void n64_si_init(Object *obj)
{
    N64SIState *s = N64_SI(obj);

    memory_region_init_io(&s->iomem, obj, &n64_si_ops, s, "n64.si",
                          N64_RCP_BLOCK_SIZE);
    memory_region_init_io(&s->pif_ram_io, obj, &n64_pif_ram_ops, s,
                          "n64.pif-ram", N64_PIF_RAM_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->pif_ram_io);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq);
}

static Property n64_si_properties[] = {
    DEFINE_PROP_LINK("dram", N64SIState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_si = {
    .name = TYPE_N64_SI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(dram_addr, N64SIState),
        VMSTATE_BOOL(intr, N64SIState),
        VMSTATE_UINT8_ARRAY(pif_ram, N64SIState, N64_PIF_RAM_SIZE),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_si_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 Serial Interface and PIF RAM (empty ports)";
    dc->realize = n64_si_realize;
    dc->reset = n64_si_reset;
    dc->vmsd = &vmstate_n64_si;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_si_properties);
}

static const TypeInfo n64_si_info = {
    .name = TYPE_N64_SI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64SIState),
    .instance_init = n64_si_init,
    .class_init = n64_si_class_init,
};

static void n64_si_register_types(void)
{
    type_register_static(&n64_si_info);
}

type_init(n64_si_register_types)
