/*
 * Nintendo 64 controllers driven by the host's SDL game controllers
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_GAMEPAD_H
#define HW_N64_GAMEPAD_H

/*
 * Built only where QEMU has SDL; the board creates it when the type exists
 * and links its controllers to "pad0".."pad3".
 */
#define TYPE_N64_GAMEPAD "n64-gamepad"

#endif /* HW_N64_GAMEPAD_H */
