/*
 * Nintendo 64 cartridge
 *
 * A ROM on the PI bus (mapped by the board at 0x10000000, domain 1 address
 * 2), read by the CPU through the PI and by PI DMA.  Images come in three
 * byte orders, told apart by the first word, whose first byte is always
 * 0x80 (the PI bus configuration):
 *   .z64  80 37 12 40   big-endian, as the N64 sees it
 *   .v64  37 80 40 12   16-bit words byte-swapped (Doctor V64)
 *   .n64  40 12 37 80   32-bit words byte-swapped (little-endian)
 * The model converts .v64 and .n64 to big-endian when it loads the file.
 * The ROM is read-only; writes to it are dropped.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_cart.h"
#include "trace.h"

/* The header and boot code: the least a ROM has. */
#define N64_CART_MIN_SIZE       0x1000

static void cart_swap16(uint8_t *p, size_t size)
{
    size_t i;

    for (i = 0; i < size; i += 2) {
        stw_be_p(p + i, lduw_le_p(p + i));
    }
}

static void cart_swap32(uint8_t *p, size_t size)
{
    size_t i;

    for (i = 0; i < size; i += 4) {
        stl_be_p(p + i, ldl_le_p(p + i));
    }
}

/* Converts @data to big-endian in place; returns the format's name. */
static const char *cart_normalize(const char *filename, uint8_t *data,
                                  size_t size, Error **errp)
{
    if (data[0] == 0x80) {
        return "z64";
    }
    if (data[1] == 0x80) {
        if (size % 2) {
            error_setg(errp, "'%s' is byte-swapped (.v64) but has an odd "
                       "size, %zu bytes", filename, size);
            return NULL;
        }
        cart_swap16(data, size);
        return "v64";
    }
    if (data[3] == 0x80) {
        if (size % 4) {
            error_setg(errp, "'%s' is word-swapped (.n64) but its size, %zu "
                       "bytes, is not a multiple of 4", filename, size);
            return NULL;
        }
        cart_swap32(data, size);
        return "n64";
    }
    error_setg(errp, "'%s' is not an N64 ROM: it starts with %02x %02x %02x "
               "%02x, where a ROM starts 80 37 12 40 (.z64), 37 80 40 12 "
               "(.v64) or 40 12 37 80 (.n64)", filename,
               data[0], data[1], data[2], data[3]);
    return NULL;
}

static void n64_cart_realize(DeviceState *dev, Error **errp)
{
    ERRP_GUARD();
    N64CartState *s = N64_CART(dev);
    g_autofree gchar *data = NULL;
    g_autoptr(GError) gerr = NULL;
    const char *format;
    gsize size;

    if (!s->filename) {
        error_setg(errp, "n64-cart: no ROM image: give one with "
                   "-M n64,cart=FILE");
        return;
    }
    if (!g_file_get_contents(s->filename, &data, &size, &gerr)) {
        error_setg(errp, "cannot read the cartridge ROM: %s", gerr->message);
        return;
    }
    if (size < N64_CART_MIN_SIZE) {
        error_setg(errp, "'%s' is not an N64 ROM: %zu bytes is less than the "
                   "4 KiB of header and boot code", s->filename, size);
        return;
    }
    if (size > N64_CART_ROM_MAX) {
        error_setg(errp, "'%s' is too large for a cartridge: %zu bytes, and "
                   "the ROM window holds %u MiB", s->filename, size,
                   (unsigned int)(N64_CART_ROM_MAX / MiB));
        return;
    }
    format = cart_normalize(s->filename, (uint8_t *)data, size, errp);
    if (!format) {
        return;
    }
    memory_region_init_rom(&s->rom, OBJECT(s), "n64.cart-rom",
                           ROUND_UP(size, 4), errp);
    if (*errp) {
        return;
    }
    memcpy(memory_region_get_ram_ptr(&s->rom), data, size);
    sysbus_init_mmio(SYS_BUS_DEVICE(s), &s->rom);
    s->size = size;
    trace_n64_cart_load(s->filename, format, size);
}

/*
 * The save memory the header declares.  Homebrew marks it in the
 * "advanced homebrew" header: "ED" at 0x3C, the save type in the high
 * nibble of 0x3F (1: EEPROM 4 Kbit, 2: EEPROM 16 Kbit).  Retail carts
 * declare nothing; emulators look them up in a database, which we lack.
 */
N64CartSave n64_cart_save_type(N64CartState *s)
{
    const uint8_t *rom = memory_region_get_ram_ptr(&s->rom);

    if (rom[0x3C] != 'E' || rom[0x3D] != 'D') {
        return N64_CART_SAVE_NONE;
    }
    switch (rom[0x3F] >> 4) {
    case 1:
        return N64_CART_SAVE_EEPROM_4K;
    case 2:
        return N64_CART_SAVE_EEPROM_16K;
    default:
        return N64_CART_SAVE_NONE;
    }
}

static Property n64_cart_properties[] = {
    DEFINE_PROP_STRING("rom", N64CartState, filename),
    DEFINE_PROP_END_OF_LIST(),
};

static void n64_cart_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 cartridge ROM";
    dc->realize = n64_cart_realize;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_cart_properties);
}

static const TypeInfo n64_cart_info = {
    .name = TYPE_N64_CART,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64CartState),
    .class_init = n64_cart_class_init,
};

static void n64_cart_register_types(void)
{
    type_register_static(&n64_cart_info);
}

type_init(n64_cart_register_types)
