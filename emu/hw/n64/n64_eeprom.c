/*
 * Nintendo 64 cartridge EEPROM (4 Kbit or 16 Kbit) on the joybus
 *
 * Carts that save to EEPROM carry a 512-byte (4 Kbit) or 2 KiB (16 Kbit)
 * chip on the PIF's fifth joybus port (n64brew "Joybus Protocol"):
 *   0x00/0xFF info        -> 0x00, 0x80 (4K) or 0xC0 (16K), 0x00 (idle)
 *   0x04 read block  B    -> the 8 bytes of block B
 *   0x05 write block B, 8 bytes -> 0x00
 * A blank chip reads 0xFF.  Writes go through to the "file" property at
 * once, so saves persist across runs.  Block numbers past the end wrap, as
 * the chip decodes only the address bits it has.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64_eeprom.h"
#include "hw/n64/n64_joybus.h"
#include "trace.h"

#define EEPROM_CMD_READ         0x04
#define EEPROM_CMD_WRITE        0x05
#define EEPROM_BLOCK            8
#define EEPROM_TYPE_4K          0x80
#define EEPROM_TYPE_16K         0xC0

static unsigned eeprom_offset(N64EepromState *s, uint8_t block)
{
    return (block * EEPROM_BLOCK) % s->size;
}

static int n64_eeprom_transfer(N64Joybus *dev, const uint8_t *tx,
                               unsigned txlen, uint8_t *rx, unsigned rxlen)
{
    N64EepromState *s = N64_EEPROM(dev);

    switch (tx[0]) {
    case JOYBUS_CMD_INFO:
    case JOYBUS_CMD_RESET:
        rx[0] = 0x00;
        rx[1] = s->size == N64_EEPROM_4K_SIZE ? EEPROM_TYPE_4K
                                              : EEPROM_TYPE_16K;
        rx[2] = 0x00;
        return JOYBUS_INFO_LEN;
    case EEPROM_CMD_READ:
        if (txlen < 2) {
            return -1;
        }
        memcpy(rx, s->mem.data + eeprom_offset(s, tx[1]), EEPROM_BLOCK);
        trace_n64_eeprom("read", tx[1]);
        return EEPROM_BLOCK;
    case EEPROM_CMD_WRITE:
        if (txlen < 2 + EEPROM_BLOCK) {
            return -1;
        }
        n64_savefile_write(&s->mem, eeprom_offset(s, tx[1]), tx + 2,
                           EEPROM_BLOCK);
        trace_n64_eeprom("write", tx[1]);
        rx[0] = 0x00;
        return 1;
    default:
        return -1;
    }
}

static void n64_eeprom_realize(DeviceState *dev, Error **errp)
{
    N64EepromState *s = N64_EEPROM(dev);

    if (s->size != N64_EEPROM_4K_SIZE && s->size != N64_EEPROM_16K_SIZE) {
        error_setg(errp, "n64-eeprom: size must be %d (4 Kbit) or %d "
                   "(16 Kbit) bytes", N64_EEPROM_4K_SIZE,
                   N64_EEPROM_16K_SIZE);
        return;
    }
    n64_savefile_open(&s->mem, s->file, s->size, 0xFF, errp);
}

static Property n64_eeprom_properties[] = {
    DEFINE_PROP_UINT32("size", N64EepromState, size, N64_EEPROM_4K_SIZE),
    DEFINE_PROP_STRING("file", N64EepromState, file),
    DEFINE_PROP_END_OF_LIST(),
};

static void n64_eeprom_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);
    N64JoybusClass *jc = N64_JOYBUS_CLASS(oc);

    dc->desc = "N64 cartridge EEPROM";
    dc->realize = n64_eeprom_realize;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_eeprom_properties);
    jc->transfer = n64_eeprom_transfer;
}

static const TypeInfo n64_eeprom_info = {
    .name = TYPE_N64_EEPROM,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(N64EepromState),
    .class_init = n64_eeprom_class_init,
    .interfaces = (InterfaceInfo[]) {
        { TYPE_N64_JOYBUS },
        { }
    },
};

static void n64_eeprom_register_types(void)
{
    type_register_static(&n64_eeprom_info);
}

type_init(n64_eeprom_register_types)
