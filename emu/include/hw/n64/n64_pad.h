/*
 * Nintendo 64 controller, with an optional Controller Pak
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_PAD_H
#define HW_N64_PAD_H

#include "hw/qdev-core.h"
#include "hw/n64/n64_savefile.h"
#include "qom/object.h"

#define TYPE_N64_PAD "n64-pad"
OBJECT_DECLARE_SIMPLE_TYPE(N64PadState, N64_PAD)

/* The controls, as bits of the controller's 16-bit button word */
enum {
    N64_PAD_C_RIGHT = 1 << 0,
    N64_PAD_C_LEFT  = 1 << 1,
    N64_PAD_C_DOWN  = 1 << 2,
    N64_PAD_C_UP    = 1 << 3,
    N64_PAD_R       = 1 << 4,
    N64_PAD_L       = 1 << 5,
    N64_PAD_RIGHT   = 1 << 8,
    N64_PAD_LEFT    = 1 << 9,
    N64_PAD_DOWN    = 1 << 10,
    N64_PAD_UP      = 1 << 11,
    N64_PAD_START   = 1 << 12,
    N64_PAD_Z       = 1 << 13,
    N64_PAD_B       = 1 << 14,
    N64_PAD_A       = 1 << 15,
};

/* The stick pushed all the way by a key, as a pseudo-button */
enum {
    N64_STICK_RIGHT = 1 << 16,
    N64_STICK_LEFT  = 1 << 17,
    N64_STICK_DOWN  = 1 << 18,
    N64_STICK_UP    = 1 << 19,
};

#define N64_MAX_PADS    4       /* the PIF's controller ports */
#define N64_PAK_SIZE    (32 * 1024)
#define N64_STICK_FULL  80      /* steps from centre a real stick reaches */

struct N64PadState {
    DeviceState parent_obj;

    char *pak_file;             /* property "pak": Controller Pak image */
    bool pak;                   /* property "pak-inserted" */
    N64SaveFile pak_mem;
    uint32_t held;              /* N64_PAD_* and N64_STICK_* now down */
    int8_t stick_x, stick_y;    /* the analog stick, -80..80, up positive */
    uint32_t reads;             /* button reads so far, for tests */
    uint32_t tap_reads;         /* property "tap-reads": a press's length */
    uint32_t tap_left;          /* reads before the press lets go */
};

/* A control pressed (DOWN) or released; from the input layer. */
void n64_pad_set(N64PadState *s, uint32_t control, bool down);
/* The analog stick's position, clamped to what a real stick reaches. */
void n64_pad_set_stick(N64PadState *s, int x, int y);

#endif /* HW_N64_PAD_H */
