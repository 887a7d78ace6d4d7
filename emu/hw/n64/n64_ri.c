/*
 * Nintendo 64 RDRAM Interface (RI)
 *
 * The RI sets up and refreshes the RDRAM chips.  The registers keep what
 * boot code writes; the RDRAM chips' own configuration is not modelled.
 * Once RI_SELECT is set (the RI's receive and transmit timing, which boot
 * code programs after the current calibration) the RI can talk to RDRAM:
 * the "rdram-ready" GPIO goes high, and a strict PIF boot (n64_pif.c)
 * only then lets RDRAM answer.
 *
 * Registers (n64brew "RDRAM Interface"), mirrored every 32 bytes:
 *   0x00 RI_MODE    0x04 RI_CONFIG    0x08 RI_CURRENT_LOAD (write-only)
 *   0x0C RI_SELECT  0x10 RI_REFRESH   0x14 RI_LATENCY
 *   0x18 RI_ERROR (read-only)         0x1C RI_BANK_STATUS (write-only)
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "hw/irq.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_ri.h"
#include "migration/vmstate.h"
#include "trace.h"

#define RI_CURRENT_LOAD         0x08
#define RI_SELECT               0x0C
#define RI_ERROR                0x18
#define RI_BANK_STATUS          0x1C

static void ri_update_ready(N64RIState *s)
{
    bool ready = s->regs[RI_SELECT / 4] != 0;

    trace_n64_ri_rdram_ready(ready);
    qemu_set_irq(s->rdram_ready, ready);
}

static uint64_t n64_ri_read(void *opaque, hwaddr offset, unsigned size)
{
    N64RIState *s = N64_RI(opaque);
    unsigned int reg = (offset & 0x1C) / 4;
    uint32_t val = 0;

    switch (offset & 0x1C) {
    case RI_CURRENT_LOAD:
    case RI_BANK_STATUS:
        qemu_log_mask(LOG_GUEST_ERROR, "n64-ri: read of write-only register "
                      "at offset 0x%" HWADDR_PRIx "\n", offset);
        break;
    case RI_ERROR:
        break;      /* RDRAM never fails here */
    default:
        val = s->regs[reg];
        break;
    }
    trace_n64_ri_read(offset, val);
    return val;
}

static void n64_ri_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64RIState *s = N64_RI(opaque);
    unsigned int reg = (offset & 0x1C) / 4;

    trace_n64_ri_write(offset, value);
    switch (offset & 0x1C) {
    case RI_CURRENT_LOAD:
    case RI_BANK_STATUS:
        break;      /* actions on the RDRAM chips, which need none here */
    case RI_ERROR:
        qemu_log_mask(LOG_GUEST_ERROR, "n64-ri: write 0x%" PRIx64 " to "
                      "read-only RI_ERROR\n", value);
        break;
    default:
        s->regs[reg] = value;
        break;
    }
    ri_update_ready(s);
}

static const MemoryRegionOps n64_ri_ops = {
    .read = n64_ri_read,
    .write = n64_ri_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_ri_reset(DeviceState *dev)
{
    N64RIState *s = N64_RI(dev);

    memset(s->regs, 0, sizeof(s->regs));
    qemu_irq_lower(s->rdram_ready);
}

static void n64_ri_init(Object *obj)
{
    N64RIState *s = N64_RI(obj);

    memory_region_init_io(&s->iomem, obj, &n64_ri_ops, s, "n64.ri",
                          N64_RCP_BLOCK_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    qdev_init_gpio_out_named(DEVICE(obj), &s->rdram_ready,
                             N64_RI_RDRAM_READY, 1);
}

static const VMStateDescription vmstate_n64_ri = {
    .name = TYPE_N64_RI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32_ARRAY(regs, N64RIState, N64_RI_NUM_REGS),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_ri_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 RDRAM Interface";
    dc->reset = n64_ri_reset;
    dc->vmsd = &vmstate_n64_ri;
    dc->user_creatable = false;
}

static const TypeInfo n64_ri_info = {
    .name = TYPE_N64_RI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64RIState),
    .instance_init = n64_ri_init,
    .class_init = n64_ri_class_init,
};

static void n64_ri_register_types(void)
{
    type_register_static(&n64_ri_info);
}

type_init(n64_ri_register_types)
