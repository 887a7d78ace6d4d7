/*
 * Nintendo 64 controller, with an optional Controller Pak
 *
 * A joybus device on one of the PIF's controller ports (n64brew "Joybus
 * Protocol", "Controller Pak"):
 *   0x00/0xFF info     -> 0x05 0x00, then 0x01 pak inserted or 0x02 none
 *   0x01 read buttons  -> 16-bit button word, stick X, stick Y (signed)
 *   0x02 read pak      addr -> 32 bytes and their CRC-8
 *   0x03 write pak     addr + 32 bytes -> the CRC-8 of the bytes
 * The pak is 32 KiB of SRAM, kept in a file when one is given; addresses
 * with bit 15 set do not select it (reads 0, writes dropped), which is
 * how software tells a Controller Pak from a Rumble Pak.  Buttons and the
 * stick come from n64_pad_set() (the keyboard map in n64_input.c), which
 * pushes the stick all the way, to the 80 steps a real stick reaches, and
 * from n64_pad_set_stick() (host game controllers, n64_gamepad.c); a key
 * on the stick wins over the analog position.  The
 * read-only property "reads" counts button reads, so that a test can hold
 * a button until the program has seen it (tests/harness/n64qemu.py).
 * With the property "tap-reads" set to N, a press lasts exactly N button
 * reads and then lets go by itself: a test's press then takes the same
 * virtual time however fast the host runs, so a program's key repeat
 * never fires by accident.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64_joybus.h"
#include "hw/n64/n64_pad.h"
#include "migration/vmstate.h"
#include "trace.h"

#define PAD_CMD_BUTTONS         0x01
#define PAD_CMD_PAK_READ        0x02
#define PAD_CMD_PAK_WRITE       0x03
#define PAD_ID                  0x0500
#define PAD_STATUS_PAK          0x01
#define PAD_STATUS_NO_PAK       0x02
#define PAK_BLOCK               32
#define PAK_ADDR_MASK           0xFFE0  /* low 5 bits: address checksum */
#define PAK_NOT_SELECTED        0x8000

/* CRC-8, polynomial x^7 + x^2 + 1, initial value 0, MSB first */
static uint8_t pak_crc(const uint8_t *data, unsigned len)
{
    uint8_t crc = 0;
    unsigned i, bit;

    for (i = 0; i < len; i++) {
        crc ^= data[i];
        for (bit = 0; bit < 8; bit++) {
            crc = crc & 0x80 ? (crc << 1) ^ 0x85 : crc << 1;
        }
    }
    return crc;
}

static int8_t stick_axis(uint32_t held, uint32_t plus, uint32_t minus,
                         int8_t analog)
{
    if (held & (plus | minus)) {
        return (held & plus ? N64_STICK_FULL : 0) -
               (held & minus ? N64_STICK_FULL : 0);
    }
    return analog;
}

static int pad_read_buttons(N64PadState *s, uint8_t *rx)
{
    uint16_t buttons = s->held & 0xFFFF;

    s->reads++;
    stw_be_p(rx, buttons);
    rx[2] = stick_axis(s->held, N64_STICK_RIGHT, N64_STICK_LEFT, s->stick_x);
    rx[3] = stick_axis(s->held, N64_STICK_UP, N64_STICK_DOWN, s->stick_y);
    if (s->tap_left && --s->tap_left == 0) {
        trace_n64_pad_tap_end(s->held);
        s->held = 0;
    }
    return 4;
}

static int pad_pak_read(N64PadState *s, uint16_t addr, uint8_t *rx)
{
    uint8_t crc;

    if (s->pak && !(addr & PAK_NOT_SELECTED)) {
        memcpy(rx, s->pak_mem.data + addr, PAK_BLOCK);
    } else {
        memset(rx, 0, PAK_BLOCK);
    }
    crc = pak_crc(rx, PAK_BLOCK);
    /* Without a pak the controller answers a CRC that cannot match. */
    rx[PAK_BLOCK] = s->pak ? crc : crc ^ 0xFF;
    trace_n64_pad_pak("read", addr, s->pak);
    return PAK_BLOCK + 1;
}

static int pad_pak_write(N64PadState *s, uint16_t addr, const uint8_t *data,
                         uint8_t *rx)
{
    uint8_t crc = pak_crc(data, PAK_BLOCK);

    if (s->pak && !(addr & PAK_NOT_SELECTED)) {
        n64_savefile_write(&s->pak_mem, addr, data, PAK_BLOCK);
    }
    rx[0] = s->pak ? crc : crc ^ 0xFF;
    trace_n64_pad_pak("write", addr, s->pak);
    return 1;
}

static int n64_pad_transfer(N64Joybus *dev, const uint8_t *tx, unsigned txlen,
                            uint8_t *rx, unsigned rxlen)
{
    N64PadState *s = N64_PAD(dev);
    uint16_t addr = txlen >= 3 ? lduw_be_p(tx + 1) & PAK_ADDR_MASK : 0;

    switch (tx[0]) {
    case JOYBUS_CMD_INFO:
    case JOYBUS_CMD_RESET:
        stw_be_p(rx, PAD_ID);
        rx[2] = s->pak ? PAD_STATUS_PAK : PAD_STATUS_NO_PAK;
        return JOYBUS_INFO_LEN;
    case PAD_CMD_BUTTONS:
        return pad_read_buttons(s, rx);
    case PAD_CMD_PAK_READ:
        return txlen >= 3 ? pad_pak_read(s, addr, rx) : -1;
    case PAD_CMD_PAK_WRITE:
        return txlen >= 3 + PAK_BLOCK ? pad_pak_write(s, addr, tx + 3, rx)
                                      : -1;
    default:
        return -1;              /* a controller ignores what it lacks */
    }
}

void n64_pad_set(N64PadState *s, uint32_t control, bool down)
{
    if (down) {
        s->held |= control;
        s->tap_left = s->tap_reads;
    } else {
        s->held &= ~control;
    }
}

void n64_pad_set_stick(N64PadState *s, int x, int y)
{
    s->stick_x = CLAMP(x, -N64_STICK_FULL, N64_STICK_FULL);
    s->stick_y = CLAMP(y, -N64_STICK_FULL, N64_STICK_FULL);
}

static void n64_pad_init(Object *obj)
{
    N64PadState *s = N64_PAD(obj);

    object_property_add_uint32_ptr(obj, "reads", &s->reads,
                                   OBJ_PROP_FLAG_READ);
    object_property_add_uint32_ptr(obj, "tap-reads", &s->tap_reads,
                                   OBJ_PROP_FLAG_READWRITE);
}

static void n64_pad_reset(DeviceState *dev)
{
    N64PadState *s = N64_PAD(dev);

    s->held = 0;
    s->tap_left = 0;
    s->stick_x = 0;
    s->stick_y = 0;
}

static void n64_pad_realize(DeviceState *dev, Error **errp)
{
    N64PadState *s = N64_PAD(dev);

    if (s->pak_file) {
        s->pak = true;
    }
    n64_savefile_open(&s->pak_mem, s->pak_file, N64_PAK_SIZE, 0, errp);
}

static Property n64_pad_properties[] = {
    DEFINE_PROP_STRING("pak", N64PadState, pak_file),
    DEFINE_PROP_BOOL("pak-inserted", N64PadState, pak, false),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_pad = {
    .name = TYPE_N64_PAD,
    .version_id = 2,
    .minimum_version_id = 2,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(held, N64PadState),
        VMSTATE_INT8(stick_x, N64PadState),
        VMSTATE_INT8(stick_y, N64PadState),
        VMSTATE_UINT32(tap_reads, N64PadState),
        VMSTATE_UINT32(tap_left, N64PadState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_pad_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);
    N64JoybusClass *jc = N64_JOYBUS_CLASS(oc);

    dc->desc = "N64 controller (and Controller Pak)";
    dc->realize = n64_pad_realize;
    dc->reset = n64_pad_reset;
    dc->vmsd = &vmstate_n64_pad;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_pad_properties);
    jc->transfer = n64_pad_transfer;
}

static const TypeInfo n64_pad_info = {
    .name = TYPE_N64_PAD,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(N64PadState),
    .instance_init = n64_pad_init,
    .class_init = n64_pad_class_init,
    .interfaces = (InterfaceInfo[]) {
        { TYPE_N64_JOYBUS },
        { }
    },
};

static void n64_pad_register_types(void)
{
    type_register_static(&n64_pad_info);
}

type_init(n64_pad_register_types)
