/*
 * Nintendo 64 cartridge: a ROM on the PI bus
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_CART_H
#define HW_N64_CART_H

#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qom/object.h"

#define TYPE_N64_CART "n64-cart"
OBJECT_DECLARE_SIMPLE_TYPE(N64CartState, N64_CART)

struct N64CartState {
    SysBusDevice parent_obj;

    MemoryRegion rom;       /* the ROM, big-endian (.z64 order) */
    char *filename;         /* property "rom" */
    uint32_t size;          /* bytes in the file */
};

typedef enum N64CartSave {
    N64_CART_SAVE_NONE,
    N64_CART_SAVE_EEPROM_4K,
    N64_CART_SAVE_EEPROM_16K,
} N64CartSave;

N64CartSave n64_cart_save_type(N64CartState *s);

#endif /* HW_N64_CART_H */
