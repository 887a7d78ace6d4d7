/*
 * Nintendo 64 joybus: what the PIF talks to on its five ports
 *
 * Ports 0-3 are the controller sockets, port 4 the cartridge (EEPROM).
 * A joybus device answers one command frame at a time; the PIF (in the SI
 * model) walks the command list in its RAM and hands each frame to the
 * device on that port.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_JOYBUS_H
#define HW_N64_JOYBUS_H

#include "qom/object.h"

#define TYPE_N64_JOYBUS "n64-joybus-device"

typedef struct N64JoybusClass N64JoybusClass;
DECLARE_CLASS_CHECKERS(N64JoybusClass, N64_JOYBUS, TYPE_N64_JOYBUS)
#define N64_JOYBUS(obj) \
    INTERFACE_CHECK(N64Joybus, (obj), TYPE_N64_JOYBUS)

typedef struct N64Joybus N64Joybus;

/* Commands every device knows (n64brew "Joybus Protocol") */
#define JOYBUS_CMD_INFO         0x00
#define JOYBUS_CMD_RESET        0xFF
#define JOYBUS_INFO_LEN         3

#define N64_JOYBUS_PORTS        5
#define N64_JOYBUS_CART_PORT    4

struct N64JoybusClass {
    InterfaceClass parent;

    /*
     * Runs the command tx[0..txlen) and writes the answer to rx.  Returns
     * the number of bytes the device sends (which may differ from rxlen,
     * what the console expects), or -1 when it does not answer at all.
     */
    int (*transfer)(N64Joybus *dev, const uint8_t *tx, unsigned txlen,
                    uint8_t *rx, unsigned rxlen);
};

#endif /* HW_N64_JOYBUS_H */
