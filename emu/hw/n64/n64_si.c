/*
 * Nintendo 64 Serial Interface (SI) and PIF RAM
 *
 * The SI moves 64-byte blocks between RDRAM and the PIF's RAM; the PIF
 * runs the joybus commands in its RAM when the control byte (the last
 * one) has bit 0 set, handing each frame to the joybus device on its port
 * (links "port0".."port3": controllers, "port4": the cartridge's EEPROM).
 * An empty port sets the no-response bit 0x80 in the frame's rx length
 * byte, as on real hardware.  Bit 3 of the control byte, IPL3's boot
 * termination, pulses the "boot-done" GPIO for the PIF's watchdog.  DMAs
 * complete at once and raise the SI interrupt; writing SI_STATUS clears
 * it.
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
#include "hw/n64/n64_joybus.h"
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
#define PIF_CTRL_BOOT_DONE      0x08    /* IPL3: stop the boot watchdog */
#define JOYBUS_END              0xFE
#define JOYBUS_NOP              0xFF
#define JOYBUS_PORT_RESET       0xFD
#define JOYBUS_SKIP_PORT        0x00
#define JOYBUS_LEN_MASK         0x3F
#define JOYBUS_NO_RESPONSE      0x80    /* in the rx length byte */
#define JOYBUS_OVERRUN          0x40

/* One command frame to the device on PORT; errors go in the rx byte. */
static void joybus_frame(N64SIState *s, unsigned port, uint8_t *rx_byte,
                         const uint8_t *tx, unsigned txlen, uint8_t *rx,
                         unsigned rxlen)
{
    uint8_t answer[N64_PIF_RAM_SIZE] = { 0 };
    Object *dev = s->port[port];
    int n = -1;

    if (dev) {
        n = N64_JOYBUS_GET_CLASS(dev)->transfer(N64_JOYBUS(dev), tx, txlen,
                                                answer, rxlen);
    }
    trace_n64_si_joybus(port, tx[0], txlen, rxlen, n);
    if (n < 0) {
        *rx_byte |= JOYBUS_NO_RESPONSE;
        return;
    }
    if (n > rxlen) {
        *rx_byte |= JOYBUS_OVERRUN;
    }
    memcpy(rx, answer, MIN(n, rxlen));
}

/*
 * Runs the joybus command list in PIF RAM: per port, a tx length byte,
 * an rx length byte, the command and room for the answer; 0x00 skips a
 * port, 0xFF is padding and 0xFE ends the list.
 */
static void pif_joybus(N64SIState *s)
{
    uint8_t *ram = s->pif_ram;
    unsigned i = 0, port = 0;

    while (i < PIF_CTRL && port < N64_JOYBUS_PORTS) {
        unsigned txlen = ram[i] & JOYBUS_LEN_MASK, rxlen;

        if (ram[i] == JOYBUS_END) {
            break;
        }
        if (ram[i] == JOYBUS_NOP || ram[i] == JOYBUS_PORT_RESET) {
            i++;
            continue;
        }
        if (ram[i] == JOYBUS_SKIP_PORT || txlen == 0) {
            port++;
            i++;
            continue;
        }
        if (i + 1 >= PIF_CTRL || ram[i + 1] == JOYBUS_END) {
            break;
        }
        rxlen = ram[i + 1] & JOYBUS_LEN_MASK;
        if (i + 2 + txlen + rxlen > PIF_CTRL) {
            qemu_log_mask(LOG_GUEST_ERROR, "n64-si: joybus frame at PIF RAM "
                          "%u runs past the control byte\n", i);
            break;
        }
        joybus_frame(s, port, &ram[i + 1], &ram[i + 2], txlen,
                     &ram[i + 2 + txlen], rxlen);
        i += 2 + txlen + rxlen;
        port++;
    }
    ram[PIF_CTRL] &= ~PIF_CTRL_JOYBUS;
}

/* The control byte's boot-termination bit tells the PIF IPL3 is done. */
static void pif_control(N64SIState *s)
{
    if (s->pif_ram[PIF_CTRL] & PIF_CTRL_BOOT_DONE) {
        s->pif_ram[PIF_CTRL] &= ~PIF_CTRL_BOOT_DONE;
        trace_n64_si_boot_done();
        qemu_irq_raise(s->boot_done);
    }
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
    if (!to_dram) {
        pif_control(s);
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
    pif_control(s);
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
    qemu_irq_lower(s->boot_done);
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
    qdev_init_gpio_out_named(DEVICE(obj), &s->boot_done, N64_SI_BOOT_DONE, 1);
}

static Property n64_si_properties[] = {
    DEFINE_PROP_LINK("dram", N64SIState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_LINK("port0", N64SIState, port[0], TYPE_N64_JOYBUS, Object *),
    DEFINE_PROP_LINK("port1", N64SIState, port[1], TYPE_N64_JOYBUS, Object *),
    DEFINE_PROP_LINK("port2", N64SIState, port[2], TYPE_N64_JOYBUS, Object *),
    DEFINE_PROP_LINK("port3", N64SIState, port[3], TYPE_N64_JOYBUS, Object *),
    DEFINE_PROP_LINK("port4", N64SIState, port[4], TYPE_N64_JOYBUS, Object *),
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

    dc->desc = "N64 Serial Interface and PIF RAM";
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

static const TypeInfo n64_joybus_info = {
    .name = TYPE_N64_JOYBUS,
    .parent = TYPE_INTERFACE,
    .class_size = sizeof(N64JoybusClass),
};

static void n64_si_register_types(void)
{
    type_register_static(&n64_joybus_info);
    type_register_static(&n64_si_info);
}

type_init(n64_si_register_types)
