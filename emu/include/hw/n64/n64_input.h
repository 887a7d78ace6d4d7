/*
 * Nintendo 64 controllers driven by the host keyboard and QMP
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_INPUT_H
#define HW_N64_INPUT_H

#include "hw/qdev-core.h"
#include "hw/n64/n64_pad.h"
#include "qom/object.h"
#include "ui/input.h"

#define TYPE_N64_INPUT "n64-input"
OBJECT_DECLARE_SIMPLE_TYPE(N64InputState, N64_INPUT)

#define N64_INPUT_PADS 2        /* controllers the keyboard map reaches */

struct N64InputState {
    DeviceState parent_obj;

    N64PadState *pad[N64_INPUT_PADS];   /* links "pad0", "pad1" */
    QemuInputHandlerState *handler;
};

#endif /* HW_N64_INPUT_H */
