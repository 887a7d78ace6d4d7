/*
 * Nintendo 64 Video Interface (VI): registers, timing and the framebuffer
 *
 * The registers keep what is written, VI_V_CURRENT follows the beam through
 * the lines the timing registers describe, and the VI interrupt comes once
 * per field when the beam reaches VI_V_INTR.  The picture is a QEMU
 * graphic console: each update reads the framebuffer at VI_ORIGIN in RDRAM
 * and converts it, 16 bpp (r5g5b5a1) or 32 bpp (r8g8b8a8), big-endian.
 *
 * Registers (n64brew "Video Interface"), mirrored through the VI's 1 MiB:
 *   0x00 VI_CTRL       0x04 VI_ORIGIN     0x08 VI_WIDTH     0x0C VI_V_INTR
 *   0x10 VI_V_CURRENT  0x14 VI_BURST      0x18 VI_V_TOTAL   0x1C VI_H_TOTAL
 *   0x20 VI_H_TOTAL_LEAP  0x24 VI_H_VIDEO 0x28 VI_V_VIDEO   0x2C VI_V_BURST
 *   0x30 VI_X_SCALE    0x34 VI_Y_SCALE
 *
 * Timing: a line lasts VI_H_TOTAL + 1 cycles of the VI clock, whose rate
 * the board sets for the TV standard ("clock-hz": NTSC 48.681812 MHz, PAL
 * 49.656530 MHz, MPAL 48.628322 MHz; the leap registers' fine corrections
 * are ignored); a field
 * has (VI_V_TOTAL + 1) / 2 lines, and VI_V_CURRENT counts half-lines, so
 * it steps by 2 each line, with the field in bit 0 when VI_CTRL asks for
 * interlace.  NTSC 240p (H_TOTAL 0xC15, V_TOTAL 0x20D) gives 63.56 us
 * lines, 263 of them a field: 59.83 Hz.  Writing VI_V_CURRENT clears the
 * interrupt; writing a timing register restarts the beam at line 0.
 *
 * Picture: VI_CTRL bits 0-1 are the type (0 blank, 2 16 bpp, 3 32 bpp; 1
 * is reserved and drawn blank).  The visible size is the one n64brew
 * gives: (H_END - H_START) * X_SCALE / 1024 pixels by
 * (V_END - V_START) / 2 * Y_SCALE / 1024 lines (the scales' 2.10 integer
 * and fraction, the offsets ignored), read 1:1 from the framebuffer with
 * a line stride of VI_WIDTH pixels; when those registers give nothing
 * sensible, 320x240.  Filters, dither, gamma and the scalers'
 * interpolation are not modelled.
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
#include "hw/qdev-properties.h"
#include "qapi/error.h"
#include "ui/console.h"
#include "trace.h"

#define VI_CTRL                 0x00
#define VI_ORIGIN               0x04
#define VI_WIDTH                0x08
#define VI_V_INTR               0x0C
#define VI_V_CURRENT            0x10
#define VI_V_TOTAL              0x18
#define VI_H_TOTAL              0x1C
#define VI_H_VIDEO              0x24
#define VI_V_VIDEO              0x28
#define VI_X_SCALE              0x30
#define VI_Y_SCALE              0x34
#define VI_REGS_END             0x38

#define VI_CTRL_TYPE_MASK       3
#define VI_TYPE_BLANK           0
#define VI_TYPE_16BPP           2
#define VI_TYPE_32BPP           3
#define VI_DEFAULT_WIDTH        320
#define VI_DEFAULT_HEIGHT       240
#define VI_MAX_DIM              1024

#define VI_CTRL_SERRATE         (1 << 6)    /* interlaced */
#define VI_NTSC_CLOCK_HZ        48681812    /* the default */

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
    uint64_t cycles = muldiv64(now - s->epoch_ns, s->clock_hz,
                               NANOSECONDS_PER_SECOND);

    return cycles / vi_line_cycles(s);
}

/* When line @line since the epoch begins */
static int64_t vi_line_start_ns(N64VIState *s, uint64_t line)
{
    return s->epoch_ns + muldiv64_round_up(line * vi_line_cycles(s),
                                           NANOSECONDS_PER_SECOND,
                                           s->clock_hz);
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

/* The visible size from the timing and scale registers (n64brew). */
static void vi_visible_size(N64VIState *s, uint32_t *width, uint32_t *height)
{
    uint32_t h = REG(s, VI_H_VIDEO), v = REG(s, VI_V_VIDEO);
    uint32_t h_start = (h >> 16) & 0x3FF, h_end = h & 0x3FF;
    uint32_t v_start = (v >> 16) & 0x3FF, v_end = v & 0x3FF;
    uint32_t x_scale = REG(s, VI_X_SCALE) & 0xFFF;
    uint32_t y_scale = REG(s, VI_Y_SCALE) & 0xFFF;
    uint32_t w = 0, hh = 0;

    if (h_end > h_start && v_end > v_start) {
        w = (h_end - h_start) * x_scale / 1024;
        hh = (v_end - v_start) / 2 * y_scale / 1024;
    }
    if (!w || !hh || w > VI_MAX_DIM || hh > VI_MAX_DIM) {
        w = VI_DEFAULT_WIDTH;
        hh = VI_DEFAULT_HEIGHT;
    }
    *width = w;
    *height = hh;
}

static void n64_vi_invalidate(void *opaque)
{
    N64VIState *s = N64_VI(opaque);

    s->invalidate = true;
}

static void n64_vi_update(void *opaque)
{
    N64VIState *s = N64_VI(opaque);
    DisplaySurface *surface;
    uint32_t type = REG(s, VI_CTRL) & VI_CTRL_TYPE_MASK;
    uint32_t origin = REG(s, VI_ORIGIN) & 0xFFFFFF;
    uint32_t width, height, stride, bpp, x, y;
    uint64_t ram_size = memory_region_size(s->dram), need;
    const uint8_t *ram = memory_region_get_ram_ptr(s->dram);
    uint8_t *dst;
    int dst_stride;
    bool blank;

    vi_visible_size(s, &width, &height);
    stride = REG(s, VI_WIDTH) & 0xFFF;
    if (!stride) {
        stride = width;
    }
    if (type != s->mode_type || width != s->mode_width ||
        height != s->mode_height || stride != s->mode_stride) {
        trace_n64_vi_mode(type, width, height, stride);
        s->mode_type = type;
        s->mode_width = width;
        s->mode_height = height;
        s->mode_stride = stride;
        s->invalidate = true;
    }
    surface = qemu_console_surface(s->con);
    if (s->invalidate || !surface || surface_width(surface) != width ||
        surface_height(surface) != height) {
        qemu_console_resize(s->con, width, height);
        surface = qemu_console_surface(s->con);
    }
    s->invalidate = false;

    bpp = type == VI_TYPE_32BPP ? 4 : 2;
    blank = type != VI_TYPE_16BPP && type != VI_TYPE_32BPP;
    need = ((uint64_t)(height - 1) * stride + width) * bpp;
    if (!blank && origin + need > ram_size) {
        if (origin != s->bad_origin) {
            qemu_log_mask(LOG_GUEST_ERROR, "n64-vi: framebuffer at 0x%06x "
                          "(%u bytes) is past RDRAM\n", origin,
                          (unsigned)need);
            s->bad_origin = origin;
        }
        blank = true;
    } else if (!blank) {
        s->bad_origin = UINT32_MAX;
    }

    dst = surface_data(surface);
    dst_stride = surface_stride(surface);
    for (y = 0; y < height; y++) {
        uint32_t *d = (uint32_t *)(dst + y * dst_stride);
        const uint8_t *src = ram + origin + (uint64_t)y * stride * bpp;

        if (blank) {
            memset(d, 0, width * 4);
        } else if (bpp == 2) {
            for (x = 0; x < width; x++) {
                uint32_t p = lduw_be_p(src + 2 * x);
                uint32_t r = (p >> 11) & 0x1F, g = (p >> 6) & 0x1F;
                uint32_t b = (p >> 1) & 0x1F;

                d[x] = ((r << 3 | r >> 2) << 16) | ((g << 3 | g >> 2) << 8) |
                       (b << 3 | b >> 2);
            }
        } else {
            for (x = 0; x < width; x++) {
                d[x] = ldl_be_p(src + 4 * x) >> 8;
            }
        }
    }
    dpy_gfx_update(s->con, 0, 0, width, height);
}

static const GraphicHwOps n64_vi_gfx_ops = {
    .invalidate = n64_vi_invalidate,
    .gfx_update = n64_vi_update,
};

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
    s->bad_origin = UINT32_MAX;
    s->invalidate = true;
}

static void n64_vi_realize(DeviceState *dev, Error **errp)
{
    N64VIState *s = N64_VI(dev);

    if (!s->dram) {
        error_setg(errp, "n64-vi: the 'dram' link must be set");
        return;
    }
    if (!s->clock_hz) {
        error_setg(errp, "n64-vi: clock-hz must not be 0");
        return;
    }
    s->con = graphic_console_init(dev, 0, &n64_vi_gfx_ops, s);
    qemu_console_resize(s->con, VI_DEFAULT_WIDTH, VI_DEFAULT_HEIGHT);
}

static int n64_vi_post_load(void *opaque, int version_id)
{
    N64VIState *s = N64_VI(opaque);

    s->invalidate = true;
    return 0;
}

static Property n64_vi_properties[] = {
    DEFINE_PROP_LINK("dram", N64VIState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_UINT32("clock-hz", N64VIState, clock_hz, VI_NTSC_CLOCK_HZ),
    DEFINE_PROP_END_OF_LIST(),
};

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
    .post_load = n64_vi_post_load,
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

    dc->desc = "N64 Video Interface";
    dc->realize = n64_vi_realize;
    dc->reset = n64_vi_reset;
    device_class_set_props(dc, n64_vi_properties);
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
