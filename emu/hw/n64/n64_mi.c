/*
 * Nintendo 64 MIPS Interface (MI)
 *
 * The MI collects the interrupts of the RCP's interfaces (SP, SI, AI, VI,
 * PI, DP) into MI_INTR, masks them with MI_MASK and drives the VR4300's
 * interrupt line IP2 while any unmasked one is pending.  Each source keeps
 * its own interrupt and clears it through its own registers; only DP's is
 * latched here and cleared through MI_MODE.
 *
 * Registers (n64brew "MIPS Interface"), mirrored every 16 bytes through
 * the MI's 1 MiB:
 *   0x0 MI_MODE     init length and mode, ebus test, RDRAM register mode
 *   0x4 MI_VERSION  RCP revision, read-only
 *   0x8 MI_INTR     pending interrupts, read-only
 *   0xC MI_MASK     enabled interrupts; written as set/clear bit pairs
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
#include "hw/n64/n64_mi.h"
#include "migration/vmstate.h"
#include "trace.h"

#define MI_MODE                 0x0
#define MI_VERSION              0x4
#define MI_INTR                 0x8
#define MI_MASK                 0xC

/* MI_MODE as read */
#define MI_MODE_INIT_LENGTH     0x7F
#define MI_MODE_INIT            (1 << 7)
#define MI_MODE_EBUS            (1 << 8)
#define MI_MODE_RDRAM_REG       (1 << 9)
/* MI_MODE as written */
#define MI_MODE_CLR_INIT        (1 << 7)
#define MI_MODE_SET_INIT        (1 << 8)
#define MI_MODE_CLR_EBUS        (1 << 9)
#define MI_MODE_SET_EBUS        (1 << 10)
#define MI_MODE_CLR_DP_INTR     (1 << 11)
#define MI_MODE_CLR_RDRAM_REG   (1 << 12)
#define MI_MODE_SET_RDRAM_REG   (1 << 13)

/* RSP 2, RDP 2, RAC 1, IO 2: the retail console's RCP */
#define MI_VERSION_VALUE        0x02020102

static void n64_mi_update(N64MIState *s)
{
    int level = (s->intr & s->mask) != 0;

    trace_n64_mi_irq(s->intr, s->mask, level);
    qemu_set_irq(s->cpu_irq, level);
}

static void n64_mi_set_irq(void *opaque, int n, int level)
{
    N64MIState *s = N64_MI(opaque);

    if (n == N64_MI_IRQ_DP) {
        /* DP's interrupt is held here until MI_MODE clears it. */
        if (level) {
            s->intr |= 1 << n;
        }
    } else if (level) {
        s->intr |= 1 << n;
    } else {
        s->intr &= ~(1 << n);
    }
    n64_mi_update(s);
}

static uint64_t n64_mi_read(void *opaque, hwaddr offset, unsigned size)
{
    N64MIState *s = N64_MI(opaque);
    uint32_t val;

    switch (offset & 0xC) {
    case MI_MODE:
        val = s->mode;
        break;
    case MI_VERSION:
        val = MI_VERSION_VALUE;
        break;
    case MI_INTR:
        val = s->intr;
        break;
    case MI_MASK:
    default:
        val = s->mask;
        break;
    }
    trace_n64_mi_read(offset, val);
    return val;
}

static void n64_mi_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64MIState *s = N64_MI(opaque);
    uint32_t val = value;
    int i;

    trace_n64_mi_write(offset, val);
    switch (offset & 0xC) {
    case MI_MODE:
        s->mode = (s->mode & ~MI_MODE_INIT_LENGTH) |
                  (val & MI_MODE_INIT_LENGTH);
        s->mode = n64_set_clear(s->mode, val, MI_MODE_CLR_INIT,
                               MI_MODE_SET_INIT, MI_MODE_INIT);
        s->mode = n64_set_clear(s->mode, val, MI_MODE_CLR_EBUS,
                               MI_MODE_SET_EBUS, MI_MODE_EBUS);
        s->mode = n64_set_clear(s->mode, val, MI_MODE_CLR_RDRAM_REG,
                               MI_MODE_SET_RDRAM_REG, MI_MODE_RDRAM_REG);
        if (s->mode & (MI_MODE_INIT | MI_MODE_EBUS | MI_MODE_RDRAM_REG)) {
            qemu_log_mask(LOG_UNIMP, "n64-mi: MI_MODE 0x%03x: init, ebus test "
                          "and RDRAM register modes have no effect\n",
                          s->mode);
        }
        if (val & MI_MODE_CLR_DP_INTR) {
            s->intr &= ~(1 << N64_MI_IRQ_DP);
        }
        break;
    case MI_VERSION:
    case MI_INTR:
        qemu_log_mask(LOG_GUEST_ERROR, "n64-mi: write 0x%08x to read-only "
                      "register at offset 0x%" HWADDR_PRIx "\n", val, offset);
        return;
    case MI_MASK:
        for (i = 0; i < N64_MI_NUM_IRQS; i++) {
            s->mask = n64_set_clear(s->mask, val, 1 << (2 * i),
                                   1 << (2 * i + 1), 1 << i);
        }
        break;
    }
    n64_mi_update(s);
}

static const MemoryRegionOps n64_mi_ops = {
    .read = n64_mi_read,
    .write = n64_mi_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_mi_reset(DeviceState *dev)
{
    N64MIState *s = N64_MI(dev);

    s->mode = 0;
    s->mask = 0;
    /* The sources reset their own lines; only DP's latch is ours. */
    s->intr &= ~(1 << N64_MI_IRQ_DP);
    n64_mi_update(s);
}

static void n64_mi_init(Object *obj)
{
    N64MIState *s = N64_MI(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    memory_region_init_io(&s->iomem, obj, &n64_mi_ops, s, "n64.mi",
                          N64_RCP_BLOCK_SIZE);
    sysbus_init_mmio(sbd, &s->iomem);
    sysbus_init_irq(sbd, &s->cpu_irq);
    qdev_init_gpio_in(DEVICE(obj), n64_mi_set_irq, N64_MI_NUM_IRQS);
}

static const VMStateDescription vmstate_n64_mi = {
    .name = TYPE_N64_MI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(mode, N64MIState),
        VMSTATE_UINT32(intr, N64MIState),
        VMSTATE_UINT32(mask, N64MIState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_mi_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 MIPS Interface (interrupt controller)";
    dc->reset = n64_mi_reset;
    dc->vmsd = &vmstate_n64_mi;
    dc->user_creatable = false;
}

static const TypeInfo n64_mi_info = {
    .name = TYPE_N64_MI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64MIState),
    .instance_init = n64_mi_init,
    .class_init = n64_mi_class_init,
};

static void n64_mi_register_types(void)
{
    type_register_static(&n64_mi_info);
}

type_init(n64_mi_register_types)
