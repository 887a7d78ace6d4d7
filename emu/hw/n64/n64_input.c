/*
 * Nintendo 64 controllers driven by the host keyboard and QMP
 *
 * One keyboard handler feeds the first two controllers, so that the SDL
 * window, VNC and QMP's input-send-event all play the same way.  The map
 * (docs/emu.md in Lin64 lists it) keeps each controller on its own keys:
 *
 *   controller 1   stick: arrow keys    D-pad: I J K L
 *                  A: X   B: C   Z: Z   Start: Enter   L: A   R: S
 *                  C-up/down/left/right: T G F H
 *   controller 2   stick: keypad 8 2 4 6    A: keypad 0   B: keypad .
 *                  Z: keypad +   Start: keypad Enter
 *                  L: keypad /   R: keypad *
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64_input.h"
#include "trace.h"

typedef struct N64KeyBinding {
    QKeyCode key;
    uint8_t pad;
    uint32_t control;
} N64KeyBinding;

static const N64KeyBinding n64_key_map[] = {
    { Q_KEY_CODE_UP,            0, N64_STICK_UP },
    { Q_KEY_CODE_DOWN,          0, N64_STICK_DOWN },
    { Q_KEY_CODE_LEFT,          0, N64_STICK_LEFT },
    { Q_KEY_CODE_RIGHT,         0, N64_STICK_RIGHT },
    { Q_KEY_CODE_I,             0, N64_PAD_UP },
    { Q_KEY_CODE_K,             0, N64_PAD_DOWN },
    { Q_KEY_CODE_J,             0, N64_PAD_LEFT },
    { Q_KEY_CODE_L,             0, N64_PAD_RIGHT },
    { Q_KEY_CODE_X,             0, N64_PAD_A },
    { Q_KEY_CODE_C,             0, N64_PAD_B },
    { Q_KEY_CODE_Z,             0, N64_PAD_Z },
    { Q_KEY_CODE_RET,           0, N64_PAD_START },
    { Q_KEY_CODE_A,             0, N64_PAD_L },
    { Q_KEY_CODE_S,             0, N64_PAD_R },
    { Q_KEY_CODE_T,             0, N64_PAD_C_UP },
    { Q_KEY_CODE_G,             0, N64_PAD_C_DOWN },
    { Q_KEY_CODE_F,             0, N64_PAD_C_LEFT },
    { Q_KEY_CODE_H,             0, N64_PAD_C_RIGHT },
    { Q_KEY_CODE_KP_8,          1, N64_STICK_UP },
    { Q_KEY_CODE_KP_2,          1, N64_STICK_DOWN },
    { Q_KEY_CODE_KP_4,          1, N64_STICK_LEFT },
    { Q_KEY_CODE_KP_6,          1, N64_STICK_RIGHT },
    { Q_KEY_CODE_KP_0,          1, N64_PAD_A },
    { Q_KEY_CODE_KP_DECIMAL,    1, N64_PAD_B },
    { Q_KEY_CODE_KP_ADD,        1, N64_PAD_Z },
    { Q_KEY_CODE_KP_ENTER,      1, N64_PAD_START },
    { Q_KEY_CODE_KP_DIVIDE,     1, N64_PAD_L },
    { Q_KEY_CODE_KP_MULTIPLY,   1, N64_PAD_R },
};

static void n64_input_event(DeviceState *dev, QemuConsole *src,
                            InputEvent *evt)
{
    N64InputState *s = N64_INPUT(dev);
    InputKeyEvent *key = evt->u.key.data;
    int qcode = qemu_input_key_value_to_qcode(key->key);
    unsigned i;

    for (i = 0; i < ARRAY_SIZE(n64_key_map); i++) {
        const N64KeyBinding *b = &n64_key_map[i];

        if (b->key == qcode && s->pad[b->pad]) {
            trace_n64_input_key(qcode, b->pad, b->control, key->down);
            n64_pad_set(s->pad[b->pad], b->control, key->down);
        }
    }
}

static QemuInputHandler n64_input_handler = {
    .name  = "N64 controllers",
    .mask  = INPUT_EVENT_MASK_KEY,
    .event = n64_input_event,
};

static void n64_input_realize(DeviceState *dev, Error **errp)
{
    N64InputState *s = N64_INPUT(dev);

    s->handler = qemu_input_handler_register(dev, &n64_input_handler);
    qemu_input_handler_activate(s->handler);
}

static Property n64_input_properties[] = {
    DEFINE_PROP_LINK("pad0", N64InputState, pad[0], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_LINK("pad1", N64InputState, pad[1], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_END_OF_LIST(),
};

static void n64_input_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 controllers from the keyboard";
    dc->realize = n64_input_realize;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_input_properties);
}

static const TypeInfo n64_input_info = {
    .name = TYPE_N64_INPUT,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(N64InputState),
    .class_init = n64_input_class_init,
};

static void n64_input_register_types(void)
{
    type_register_static(&n64_input_info);
}

type_init(n64_input_register_types)
