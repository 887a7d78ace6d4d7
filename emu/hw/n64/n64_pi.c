/*
 * Nintendo 64 Peripheral Interface (PI)
 *
 * The PI is the RCP's side of the cartridge port: a 16-bit bus with 32-bit
 * addresses on which the cartridge ROM, save memories, flash carts' own
 * registers and the IS-Viewer answer.  The CPU reaches it word by word
 * through two windows of its address space (0x05000000-0x1FBFFFFF and
 * 0x1FD00000-0x7FFFFFFF, the same addresses on the bus), and the PI moves
 * blocks between it and RDRAM by DMA.
 *
 * Registers (n64brew "Peripheral Interface"):
 *   0x00 PI_DRAM_ADDR      RDRAM address of the next DMA
 *   0x04 PI_CART_ADDR      bus address of the next DMA
 *   0x08 PI_RD_LEN         write length - 1: DMA RDRAM -> cartridge
 *   0x0C PI_WR_LEN         write length - 1: DMA cartridge -> RDRAM
 *   0x10 PI_STATUS         read: DMA busy, I/O busy, error, interrupt;
 *                          write: 1 reset controller, 2 clear interrupt
 *   0x14-0x20 PI_BSD_DOM1_{LAT,PWD,PGS,RLS}   domain 1 bus timing
 *   0x24-0x30 PI_BSD_DOM2_{LAT,PWD,PGS,RLS}   domain 2 bus timing
 *
 * Timing: a DMA keeps PI_STATUS busy for as long as the bus would take,
 * from the domain's timing registers: per page of 2^(PGS+2) bytes, LAT+1
 * RCP cycles of latency, then PWD+1 + RLS+1 cycles per 16-bit word.  With
 * the values retail ROMs ask for (LAT 0x40, PWD 0x12, PGS 7, RLS 3) that
 * is 5.4 MB/s.  The data lands in RDRAM when the DMA ends.  A CPU write to
 * the bus keeps the PI "I/O busy" for one access.  While the PI is busy, a
 * CPU write to the bus is lost and a CPU read returns the last word on the
 * bus, and a new DMA is refused with the error bit: software must wait for
 * PI_STATUS to clear, as on the console.
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
#include "qapi/error.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_pi.h"
#include "migration/vmstate.h"
#include "trace.h"

#define PI_DRAM_ADDR            0x00
#define PI_CART_ADDR            0x04
#define PI_RD_LEN               0x08
#define PI_WR_LEN               0x0C
#define PI_STATUS               0x10
#define PI_BSD_DOM1             0x14
#define PI_BSD_DOM2             0x24
#define PI_REGS_END             0x34

/* PI_STATUS as read */
#define PI_STATUS_DMA_BUSY      (1 << 0)
#define PI_STATUS_IO_BUSY       (1 << 1)
#define PI_STATUS_ERROR         (1 << 2)
#define PI_STATUS_INTR          (1 << 3)
/* PI_STATUS as written */
#define PI_STATUS_RESET         (1 << 0)
#define PI_STATUS_CLR_INTR      (1 << 1)

#define PI_DRAM_MASK            0x00FFFFFE
#define PI_CART_MASK            0xFFFFFFFE
#define PI_LEN_MASK             0x00FFFFFF
/*
 * What PI_RD_LEN and PI_WR_LEN read back after a DMA: 0x7F, less the RDRAM
 * address's misalignment after a DMA of at most 8 bytes (n64brew).
 */
#define PI_LEN_READBACK         0x7F
#define PI_SHORT_DMA            8
/* The DMA buffer between the bus and RDRAM */
#define PI_BLOCK                128

#define RCP_CYCLE_NS            (NANOSECONDS_PER_SECOND / N64_RCP_HZ)

static const uint32_t pi_timing_mask[N64_PI_NUM_TIMINGS] = {
    [N64_PI_LAT] = 0xFF,
    [N64_PI_PWD] = 0xFF,
    [N64_PI_PGS] = 0x0F,
    [N64_PI_RLS] = 0x03,
};

/* Domain 2 is the 64DD's registers and the save memories; the rest is 1. */
static int pi_domain(uint32_t addr)
{
    if ((addr >= 0x05000000 && addr < 0x06000000) ||
        (addr >= 0x08000000 && addr < 0x10000000)) {
        return 1;
    }
    return 0;
}

/* How long the bus takes to move @len bytes from @addr, in nanoseconds. */
static int64_t pi_bus_ns(N64PIState *s, uint32_t addr, uint32_t len)
{
    const uint32_t *t = s->dom[pi_domain(addr)];
    uint32_t page = 4u << t[N64_PI_PGS];
    uint32_t first = MIN(len, page - (addr & (page - 1)));
    uint64_t pages = 1 + DIV_ROUND_UP(len - first, page);
    uint64_t cycles;

    cycles = pages * (t[N64_PI_LAT] + 1) +
             DIV_ROUND_UP(len, 2) * (t[N64_PI_PWD] + 1 + t[N64_PI_RLS] + 1);
    return cycles * RCP_CYCLE_NS;
}

static void pi_update_irq(N64PIState *s)
{
    qemu_set_irq(s->irq, !!(s->status & PI_STATUS_INTR));
}

static void pi_dma_error(N64PIState *s, uint32_t dram, uint32_t cart)
{
    qemu_log_mask(LOG_GUEST_ERROR, "n64-pi: DMA of 0x%x bytes %s RDRAM 0x%06x "
                  "%s cart 0x%08x: part of it went nowhere (past RDRAM, or "
                  "into ROM)\n", s->dma_len, s->dma_to_dram ? "to" : "from",
                  dram, s->dma_to_dram ? "from" : "to", cart);
}

/* A CPU read during a DMA sees the last whole word that crossed the bus. */
static void pi_latch_last_word(N64PIState *s, const uint8_t *buf, uint32_t len)
{
    if (len >= 4) {
        s->latch = ldl_be_p(buf + ((len - 4) & ~3));
    }
}

/*
 * Cartridge -> RDRAM goes through the PI's 128-byte buffer, a block at a
 * time, and requests that are not 8-byte aligned and even show it
 * (n64brew "Peripheral Interface", DMA Transfers):
 *  - a block ends 128 bytes past the RDRAM address rounded down to 8, and
 *    the next one starts at the following multiple of 8;
 *  - the bus moves 16-bit words, and what is left after a block is rounded
 *    up to even, so only the last block can write an odd count;
 *  - the first block writes (RDRAM address & 7) fewer bytes than it read,
 *    losing the end of the buffer, unless it was one byte short of the
 *    buffer's end, when it writes one more first.
 * PI_DRAM_ADDR ends 8-aligned after the last block written.
 */
static void pi_dma_to_dram(N64PIState *s, MemTxAttrs attrs)
{
    uint8_t block[PI_BLOCK];
    uint32_t dram = s->dram_addr, cart = s->cart_addr;
    uint32_t left = s->dma_len;
    bool first = true, ok = true;

    while (left > 0) {
        uint32_t skew = dram & 7;
        uint32_t room = PI_BLOCK - skew;
        uint32_t len = MIN(left, room);
        uint32_t bus_len = ROUND_UP(len, 2);

        left = ROUND_UP(left - len, 2);
        ok &= address_space_read(&s->bus_as, cart, attrs, block,
                                 bus_len) == MEMTX_OK;
        pi_latch_last_word(s, block, bus_len);
        cart += bus_len;
        if (first) {
            len += len == room - 1;
            len = len > skew ? len - skew : 0;
            first = false;
        }
        ok &= address_space_write(&s->dram_as, dram, attrs, block,
                                  len) == MEMTX_OK;
        dram = ROUND_UP(dram + len, 8);
    }
    if (!ok) {
        pi_dma_error(s, s->dram_addr, s->cart_addr);
    }
    s->dram_addr = dram & PI_DRAM_MASK;
    s->cart_addr = cart & PI_CART_MASK;
}

/* RDRAM -> cartridge moves the length rounded up to whole 16-bit words. */
static void pi_dma_from_dram(N64PIState *s, MemTxAttrs attrs)
{
    uint32_t len = ROUND_UP(s->dma_len, 2);
    g_autofree uint8_t *buf = g_malloc(len);

    if (address_space_read(&s->dram_as, s->dram_addr, attrs, buf,
                           len) != MEMTX_OK ||
        address_space_write(&s->bus_as, s->cart_addr, attrs, buf,
                            len) != MEMTX_OK) {
        pi_dma_error(s, s->dram_addr, s->cart_addr);
    }
    pi_latch_last_word(s, buf, len);
    s->dram_addr = (s->dram_addr + len) & PI_DRAM_MASK;
    s->cart_addr = (s->cart_addr + len) & PI_CART_MASK;
}

static void pi_dma_finish(N64PIState *s)
{
    timer_del(s->dma_timer);
    trace_n64_pi_dma_done(s->dram_addr, s->cart_addr, s->dma_len);
    if (s->dma_to_dram) {
        pi_dma_to_dram(s, MEMTXATTRS_UNSPECIFIED);
    } else {
        pi_dma_from_dram(s, MEMTXATTRS_UNSPECIFIED);
    }
    s->dma_busy = false;
    s->status |= PI_STATUS_INTR;
    pi_update_irq(s);
}

static void pi_dma_timer_cb(void *opaque)
{
    N64PIState *s = N64_PI(opaque);

    if (s->dma_busy) {
        pi_dma_finish(s);
    }
}

/* Ends a DMA whose time has come, even if its timer has not run yet. */
static bool pi_dma_busy(N64PIState *s)
{
    if (s->dma_busy &&
        qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) >= s->dma_end_ns) {
        pi_dma_finish(s);
    }
    return s->dma_busy;
}

static bool pi_io_busy(N64PIState *s)
{
    return qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) < s->io_busy_until_ns;
}

static void pi_dma_start(N64PIState *s, bool to_dram, uint32_t len_reg)
{
    int64_t ns;

    if (pi_dma_busy(s) || pi_io_busy(s)) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-pi: DMA started while the PI is "
                      "busy; ignored\n");
        s->status |= PI_STATUS_ERROR;
        return;
    }
    s->dma_to_dram = to_dram;
    s->dma_len = (len_reg & PI_LEN_MASK) + 1;
    s->len_readback = PI_LEN_READBACK;
    if (s->dma_len <= PI_SHORT_DMA) {
        s->len_readback -= s->dram_addr & 7;
    }
    ns = pi_bus_ns(s, s->cart_addr, s->dma_len);
    s->dma_end_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) + ns;
    s->dma_busy = true;
    trace_n64_pi_dma_start(to_dram ? "cart->rdram" : "rdram->cart",
                           s->dram_addr, s->cart_addr, s->dma_len, ns);
    timer_mod(s->dma_timer, s->dma_end_ns);
}

static void pi_reset_controller(N64PIState *s)
{
    if (s->dma_busy) {
        trace_n64_pi_dma_abort(s->dram_addr, s->cart_addr, s->dma_len);
    }
    timer_del(s->dma_timer);
    s->dma_busy = false;
    s->status &= ~PI_STATUS_ERROR;
}

static uint64_t n64_pi_read(void *opaque, hwaddr offset, unsigned size)
{
    N64PIState *s = N64_PI(opaque);
    uint32_t val = 0;

    switch (offset) {
    case PI_DRAM_ADDR:
        val = s->dram_addr;
        break;
    case PI_CART_ADDR:
        val = s->cart_addr;
        break;
    case PI_RD_LEN:
    case PI_WR_LEN:
        val = s->len_readback;
        break;
    case PI_STATUS:
        val = s->status & (PI_STATUS_ERROR | PI_STATUS_INTR);
        if (pi_dma_busy(s)) {
            val |= PI_STATUS_DMA_BUSY;
        }
        if (pi_io_busy(s)) {
            val |= PI_STATUS_IO_BUSY;
        }
        break;
    case PI_BSD_DOM1 ... PI_REGS_END - 1:
        offset -= PI_BSD_DOM1;
        val = s->dom[offset / 16][(offset % 16) / 4];
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "n64-pi: read of unknown register at "
                      "offset 0x%" HWADDR_PRIx "\n", offset);
        break;
    }
    trace_n64_pi_read(offset, val);
    return val;
}

static void n64_pi_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64PIState *s = N64_PI(opaque);
    uint32_t val = value;

    trace_n64_pi_write(offset, val);
    switch (offset) {
    case PI_DRAM_ADDR:
        s->dram_addr = val & PI_DRAM_MASK;
        break;
    case PI_CART_ADDR:
        s->cart_addr = val & PI_CART_MASK;
        break;
    case PI_RD_LEN:
        pi_dma_start(s, false, val);
        break;
    case PI_WR_LEN:
        pi_dma_start(s, true, val);
        break;
    case PI_STATUS:
        if (val & PI_STATUS_RESET) {
            pi_reset_controller(s);
        }
        if (val & PI_STATUS_CLR_INTR) {
            s->status &= ~PI_STATUS_INTR;
            pi_update_irq(s);
        }
        break;
    case PI_BSD_DOM1 ... PI_REGS_END - 1:
        offset -= PI_BSD_DOM1;
        s->dom[offset / 16][(offset % 16) / 4] =
            val & pi_timing_mask[(offset % 16) / 4];
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "n64-pi: write 0x%08x to unknown register "
                      "at offset 0x%" HWADDR_PRIx "\n", val, offset);
        break;
    }
}

static const MemoryRegionOps n64_pi_ops = {
    .read = n64_pi_read,
    .write = n64_pi_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

/* The CPU's windows on the bus: one access at a time, through the PI. */
static uint64_t n64_pi_window_read(void *opaque, hwaddr offset, unsigned size)
{
    N64PIWindow *w = opaque;
    N64PIState *s = w->pi;
    uint32_t addr = w->base + offset;
    uint8_t buf[8];     /* size is at most 4, but ldn/stn handle 8 */

    if (pi_dma_busy(s)) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-pi: read of cart 0x%08x during a "
                      "DMA returns the last word on the bus\n", addr);
        return extract32(s->latch, 8 * (4 - size - (addr & 3)), 8 * size);
    }
    address_space_read(&s->bus_as, addr, MEMTXATTRS_UNSPECIFIED, buf, size);
    s->latch = ldn_be_p(buf, size);
    trace_n64_pi_cart_read(addr, s->latch, size);
    return s->latch;
}

static void n64_pi_window_write(void *opaque, hwaddr offset, uint64_t value,
                                unsigned size)
{
    N64PIWindow *w = opaque;
    N64PIState *s = w->pi;
    uint32_t addr = w->base + offset;
    uint8_t buf[8];     /* size is at most 4, but ldn/stn handle 8 */

    if (pi_dma_busy(s) || pi_io_busy(s)) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-pi: write 0x%" PRIx64 " to cart "
                      "0x%08x while the PI is busy is lost\n", value, addr);
        return;
    }
    trace_n64_pi_cart_write(addr, value, size);
    stn_be_p(buf, size, value);
    address_space_write(&s->bus_as, addr, MEMTXATTRS_UNSPECIFIED, buf, size);
    s->latch = value;
    /* A direct access is one 32-bit word: two 16-bit bus cycles. */
    s->io_busy_until_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) +
                          pi_bus_ns(s, addr & ~3, 4);
}

static const MemoryRegionOps n64_pi_window_ops = {
    .read = n64_pi_window_read,
    .write = n64_pi_window_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 1,
    .impl.max_access_size = 4,
};

/*
 * Nothing answers: the bus still holds the address the PI drove on it, so
 * each 16-bit half reads as the low 16 bits of its own address.
 */
static uint64_t n64_pi_open_bus_read(void *opaque, hwaddr addr, unsigned size)
{
    uint32_t word = (addr & 0xFFFC) << 16 | ((addr & 0xFFFC) + 2);

    qemu_log_mask(LOG_UNIMP, "n64-pi: read of cart 0x%08" HWADDR_PRIx
                  ": nothing on the bus answers\n", addr);
    return word;
}

static void n64_pi_open_bus_write(void *opaque, hwaddr addr, uint64_t value,
                                  unsigned size)
{
    qemu_log_mask(LOG_UNIMP, "n64-pi: write 0x%" PRIx64 " to cart 0x%08"
                  HWADDR_PRIx ": nothing on the bus answers\n", value, addr);
}

static const MemoryRegionOps n64_pi_open_bus_ops = {
    .read = n64_pi_open_bus_read,
    .write = n64_pi_open_bus_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_pi_reset(DeviceState *dev)
{
    N64PIState *s = N64_PI(dev);

    timer_del(s->dma_timer);
    s->dram_addr = 0;
    s->cart_addr = 0;
    s->status = 0;
    s->dma_busy = false;
    s->dma_len = 0;
    s->len_readback = PI_LEN_READBACK;
    s->io_busy_until_ns = 0;
    s->latch = 0;
    memset(s->dom, 0, sizeof(s->dom));
    pi_update_irq(s);
}

static void n64_pi_realize(DeviceState *dev, Error **errp)
{
    N64PIState *s = N64_PI(dev);

    if (!s->bus || !s->dram) {
        error_setg(errp, "n64-pi: the 'bus' and 'dram' links must be set");
        return;
    }
    memory_region_init_io(&s->open_bus, OBJECT(s), &n64_pi_open_bus_ops, s,
                          "n64.pi-open-bus", memory_region_size(s->bus));
    memory_region_add_subregion_overlap(s->bus, 0, &s->open_bus, -1000);
    address_space_init(&s->bus_as, s->bus, "n64.pi-bus");
    address_space_init(&s->dram_as, s->dram, "n64.pi-dram");
}

static void n64_pi_init(Object *obj)
{
    static const struct {
        const char *name;
        uint32_t base, size;
    } windows[2] = {
        { "n64.pi-window1", N64_PI_WINDOW1_BASE, N64_PI_WINDOW1_SIZE },
        { "n64.pi-window2", N64_PI_WINDOW2_BASE, N64_PI_WINDOW2_SIZE },
    };
    N64PIState *s = N64_PI(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);
    int i;

    memory_region_init_io(&s->iomem, obj, &n64_pi_ops, s, "n64.pi",
                          N64_RCP_BLOCK_SIZE);
    sysbus_init_mmio(sbd, &s->iomem);
    for (i = 0; i < ARRAY_SIZE(windows); i++) {
        s->window[i].pi = s;
        s->window[i].base = windows[i].base;
        memory_region_init_io(&s->window[i].mr, obj, &n64_pi_window_ops,
                              &s->window[i], windows[i].name,
                              windows[i].size);
        sysbus_init_mmio(sbd, &s->window[i].mr);
    }
    sysbus_init_irq(sbd, &s->irq);
    s->dma_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL, pi_dma_timer_cb, s);
}

static Property n64_pi_properties[] = {
    DEFINE_PROP_LINK("bus", N64PIState, bus, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_LINK("dram", N64PIState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_pi = {
    .name = TYPE_N64_PI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(dram_addr, N64PIState),
        VMSTATE_UINT32(cart_addr, N64PIState),
        VMSTATE_UINT32(status, N64PIState),
        VMSTATE_BOOL(dma_busy, N64PIState),
        VMSTATE_BOOL(dma_to_dram, N64PIState),
        VMSTATE_UINT32(dma_len, N64PIState),
        VMSTATE_UINT32(len_readback, N64PIState),
        VMSTATE_INT64(dma_end_ns, N64PIState),
        VMSTATE_INT64(io_busy_until_ns, N64PIState),
        VMSTATE_UINT32(latch, N64PIState),
        VMSTATE_UINT32_2DARRAY(dom, N64PIState, 2, N64_PI_NUM_TIMINGS),
        VMSTATE_TIMER_PTR(dma_timer, N64PIState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_pi_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 Peripheral Interface (cartridge bus and DMA)";
    dc->realize = n64_pi_realize;
    dc->reset = n64_pi_reset;
    dc->vmsd = &vmstate_n64_pi;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_pi_properties);
}

static const TypeInfo n64_pi_info = {
    .name = TYPE_N64_PI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64PIState),
    .instance_init = n64_pi_init,
    .class_init = n64_pi_class_init,
};

static void n64_pi_register_types(void)
{
    type_register_static(&n64_pi_info);
}

type_init(n64_pi_register_types)
