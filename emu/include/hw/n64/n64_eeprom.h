/*
 * Nintendo 64 cartridge EEPROM (4 Kbit or 16 Kbit) on the joybus
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_EEPROM_H
#define HW_N64_EEPROM_H

#include "hw/qdev-core.h"
#include "hw/n64/n64_savefile.h"
#include "qom/object.h"

#define TYPE_N64_EEPROM "n64-eeprom"
OBJECT_DECLARE_SIMPLE_TYPE(N64EepromState, N64_EEPROM)

#define N64_EEPROM_4K_SIZE      512
#define N64_EEPROM_16K_SIZE     2048

struct N64EepromState {
    DeviceState parent_obj;

    uint32_t size;              /* property "size": 512 or 2048 bytes */
    char *file;                 /* property "file": where saves persist */
    N64SaveFile mem;
};

#endif /* HW_N64_EEPROM_H */
