/*
 * Nintendo 64 IS-Viewer 64
 *
 * The IS-Viewer 64 was a development cartridge that showed text a program
 * wrote into cartridge space; emulators and flash carts implement the same
 * interface, and Lin64 uses it as its console.  It is 64 KiB of memory on
 * the PI bus at 0x13FF0000 ("IS64" at +0 on real units, left to software
 * here): a program writes its text from +0x20, then its length to +0x14,
 * and the text goes to the character device (-serial, -chardev).  Reads
 * return what was written, so software can probe for it.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "hw/qdev-properties.h"
#include "hw/qdev-properties-system.h"
#include "hw/n64/n64_isviewer.h"
#include "migration/vmstate.h"
#include "trace.h"

static void isv_emit(N64ISViewerState *s, uint32_t len)
{
    if (len > N64_ISV_WINDOW - N64_ISV_BUF) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-isviewer: length %u runs past the "
                      "buffer; printing %u bytes\n", len,
                      N64_ISV_WINDOW - N64_ISV_BUF);
        len = N64_ISV_WINDOW - N64_ISV_BUF;
    }
    trace_n64_isv_print(len, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    /* Blocks rather than drops: the console is the test harness's input. */
    qemu_chr_fe_write_all(&s->chr, s->mem + N64_ISV_BUF, len);
}

static uint64_t n64_isv_read(void *opaque, hwaddr offset, unsigned size)
{
    N64ISViewerState *s = N64_ISVIEWER(opaque);

    return ldn_be_p(s->mem + offset, size);
}

static void n64_isv_write(void *opaque, hwaddr offset, uint64_t value,
                          unsigned size)
{
    N64ISViewerState *s = N64_ISVIEWER(opaque);

    stn_be_p(s->mem + offset, size, value);
    if (offset == N64_ISV_LEN && size == 4) {
        isv_emit(s, value);
    } else if (offset < N64_ISV_LEN + 4 && offset + size > N64_ISV_LEN) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-isviewer: %u-byte write at 0x%"
                      HWADDR_PRIx ": the length is one 32-bit word at 0x%x\n",
                      size, offset, N64_ISV_LEN);
    }
}

static const MemoryRegionOps n64_isv_ops = {
    .read = n64_isv_read,
    .write = n64_isv_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
    .valid.unaligned = false,
    .impl.min_access_size = 1,
    .impl.max_access_size = 4,
};

static void n64_isv_reset(DeviceState *dev)
{
    N64ISViewerState *s = N64_ISVIEWER(dev);

    memset(s->mem, 0, sizeof(s->mem));
}

static void n64_isv_init(Object *obj)
{
    N64ISViewerState *s = N64_ISVIEWER(obj);

    memory_region_init_io(&s->iomem, obj, &n64_isv_ops, s, "n64.isviewer",
                          N64_ISV_WINDOW);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
}

static Property n64_isv_properties[] = {
    DEFINE_PROP_CHR("chardev", N64ISViewerState, chr),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_isv = {
    .name = TYPE_N64_ISVIEWER,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT8_ARRAY(mem, N64ISViewerState, N64_ISV_WINDOW),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_isv_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 IS-Viewer 64 text console";
    dc->reset = n64_isv_reset;
    dc->vmsd = &vmstate_n64_isv;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_isv_properties);
}

static const TypeInfo n64_isv_info = {
    .name = TYPE_N64_ISVIEWER,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64ISViewerState),
    .instance_init = n64_isv_init,
    .class_init = n64_isv_class_init,
};

static void n64_isv_register_types(void)
{
    type_register_static(&n64_isv_info);
}

type_init(n64_isv_register_types)
