/*
 * Nintendo 64 Video Interface (VI): registers and timing, no picture
 *
 * This milestone models the VI only as far as software waits on it: the
 * registers keep what is written, VI_V_CURRENT follows the beam through
 * the lines the timing registers describe, and the VI interrupt comes
 * once per field when the beam reaches VI_V_INTR.  Nothing is displayed
 * yet (the framebuffer is the next milestone).
 *
 * Registers (n64brew "Video Interface"), mirrored through the VI's 1 MiB:
 *   0x00 VI_CTRL       0x04 VI_ORIGIN     0x08 VI_WIDTH     0x0C VI_V_INTR
 *   0x10 VI_V_CURRENT  0x14 VI_BURST      0x18 VI_V_TOTAL   0x1C VI_H_TOTAL
 *   0x20 VI_H_TOTAL_LEAP  0x24 VI_H_VIDEO 0x28 VI_V_VIDEO   0x2C VI_V_BURST
 *   0x30 VI_X_SCALE    0x34 VI_Y_SCALE
 *
 * Timing: a line lasts VI_H_TOTAL + 1 cycles of the NTSC VI clock,
 * 48.681812 MHz (the leap registers' fine corrections are ignored); a field
 * has (VI_V_TOTAL + 1) / 2 lines, and VI_V_CURRENT counts half-lines, so
 * it steps by 2 each line, with the field in bit 0 when VI_CTRL asks for
 * interlace.  NTSC 240p (H_TOTAL 0xC15, V_TOTAL 0x20D) gives 63.56 us
 * lines, 263 of them a field: 59.83 Hz.  Writing VI_V_CURRENT clears the
 * interrupt; writing a timing register restarts the beam at line 0.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/host-utils.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "hw/irq.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_vi.h"
#include "migration/vmstate.h"
#include "trace.h"

#define VI_CTRL                 0x00
#define VI_V_INTR               0x0C
#define VI_V_CURRENT            0x10
#define VI_V_TOTAL              0x18
#define VI_H_TOTAL              0x1C
#define VI_REGS_END             0x38

#define VI_CTRL_SERRATE         (1 << 6)    /* interlaced */
#define VI_NTSC_CLOCK_HZ        48681812

#define REG(s, off)             ((s)->regs[(off) / 4])

static uint32_t vi_line_cycles(N64VIState *s)
{
    return (REG(s, VI_H_TOTAL) & 0xFFF) + 1;
}

static uint32_t vi_field_lines(N64VIState *s)
{
    return ((REG(s, VI_V_TOTAL) & 0x3FF) + 1) / 2;
}

static bool vi_running(N64VIState *s)
{
    return (REG(s, VI_H_TOTAL) & 0xFFF) && vi_field_lines(s);
}

/* Lines since the epoch */
static uint64_t vi_lines(N64VIState *s, int64_t now)
{
    uint64_t cycles = muldiv64(now - s->epoch_ns, VI_NTSC_CLOCK_HZ,
                               NANOSECONDS_PER_SECOND);

    return cycles / vi_line_cycles(s);
}

/* When line @line since the epoch begins */
static int64_t vi_line_start_ns(N64VIState *s, uint64_t line)
{
    return s->epoch_ns + muldiv64_round_up(line * vi_line_cycles(s),
                                           NANOSECONDS_PER_SECOND,
                                           VI_NTSC_CLOCK_HZ);
}

static uint32_t vi_v_current(N64VIState *s)
{
    uint64_t lines, field;

    if (!vi_running(s)) {
        return 0;
    }
    lines = vi_lines(s, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    field = lines / vi_field_lines(s);
    return 2 * (lines % vi_field_lines(s)) |
           ((REG(s, VI_CTRL) & VI_CTRL_SERRATE) ? (field & 1) : 0);
}

/* Arms the timer for the next time the beam reaches VI_V_INTR. */
static void vi_schedule(N64VIState *s)
{
    uint32_t target = (REG(s, VI_V_INTR) & 0x3FF) / 2;
    uint32_t per_field;
    uint64_t lines, next;

    timer_del(s->timer);
    if (!vi_running(s) || target >= vi_field_lines(s)) {
        return;
    }
    per_field = vi_field_lines(s);
    lines = vi_lines(s, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    next = lines - lines % per_field + target;
    if (next <= lines) {
        next += per_field;
    }
    timer_mod(s->timer, vi_line_start_ns(s, next));
}

static void vi_timer_cb(void *opaque)
{
    N64VIState *s = N64_VI(opaque);

    s->intr = true;
    qemu_irq_raise(s->irq);
    vi_schedule(s);
}

static uint64_t n64_vi_read(void *opaque, hwaddr offset, unsigned size)
{
    N64VIState *s = N64_VI(opaque);
    uint32_t val;

    offset &= 0xFFFFC;
    if (offset >= VI_REGS_END) {
        qemu_log_mask(LOG_UNIMP, "n64-vi: read at offset 0x%" HWADDR_PRIx
                      "\n", offset);
        return 0;
    }
    val = offset == VI_V_CURRENT ? vi_v_current(s) : s->regs[offset / 4];
    trace_n64_vi_read(offset, val);
    return val;
}

static void n64_vi_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64VIState *s = N64_VI(opaque);

    offset &= 0xFFFFC;
    if (offset >= VI_REGS_END) {
        qemu_log_mask(LOG_UNIMP, "n64-vi: write 0x%" PRIx64 " at offset 0x%"
                      HWADDR_PRIx "\n", value, offset);
        return;
    }
    trace_n64_vi_write(offset, value);
    switch (offset) {
    case VI_V_CURRENT:
        s->intr = false;
        qemu_irq_lower(s->irq);
        return;
    case VI_V_TOTAL:
    case VI_H_TOTAL:
        s->regs[offset / 4] = value;
        s->epoch_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
        break;
    default:
        s->regs[offset / 4] = value;
        break;
    }
    vi_schedule(s);
}

static const MemoryRegionOps n64_vi_ops = {
    .read = n64_vi_read,
    .write = n64_vi_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_vi_reset(DeviceState *dev)
{
    N64VIState *s = N64_VI(dev);

    timer_del(s->timer);
    memset(s->regs, 0, sizeof(s->regs));
    s->epoch_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    s->intr = false;
    qemu_irq_lower(s->irq);
}

static void n64_vi_init(Object *obj)
{
    N64VIState *s = N64_VI(obj);

    memory_region_init_io(&s->iomem, obj, &n64_vi_ops, s, "n64.vi",
                          N64_RCP_BLOCK_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq);
    s->timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, vi_timer_cb, s);
}

static const VMStateDescription vmstate_n64_vi = {
    .name = TYPE_N64_VI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32_ARRAY(regs, N64VIState, N64_VI_NUM_REGS),
        VMSTATE_INT64(epoch_ns, N64VIState),
        VMSTATE_BOOL(intr, N64VIState),
        VMSTATE_TIMER_PTR(timer, N64VIState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_vi_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 Video Interface (timing only)";
    dc->reset = n64_vi_reset;
    dc->vmsd = &vmstate_n64_vi;
    dc->user_creatable = false;
}

static const TypeInfo n64_vi_info = {
    .name = TYPE_N64_VI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64VIState),
    .instance_init = n64_vi_init,
    .class_init = n64_vi_class_init,
};

static void n64_vi_register_types(void)
{
    type_register_static(&n64_vi_info);
}

type_init(n64_vi_register_types)
