/*
 * Nintendo 64 controllers driven by the host's SDL game controllers
 *
 * QEMU's input layer carries keys and pointers but no game controllers,
 * so this device asks SDL directly, from a timer on the host's clock,
 * once the SDL window is up (without it, the keyboard and QMP are the
 * only input and the device stays idle).  The first host controller SDL
 * knows drives controller 1, the next controller 2, up to the ports
 * plugged in; one unplugged frees its port for the next one found.
 *
 * The map (docs/emu.md in Lin64 lists it), by position on the host pad:
 *   left stick: the stick (analog)     D-pad: D-pad
 *   south: A   west: B   north: C-up   east: C-right
 *   right stick: the four C buttons    either trigger: Z
 *   left/right shoulder: L/R           Start: Start
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64_gamepad.h"
#include "hw/n64/n64_pad.h"
#include "trace.h"
#include <SDL.h>

/* Often enough that a game polling once a field never misses a press. */
#define GAMEPAD_POLL_MS         8
#define AXIS_MAX                32767
#define STICK_DEAD_ZONE         (AXIS_MAX / 10)
#define AXIS_PRESSED            (AXIS_MAX / 2)

OBJECT_DECLARE_SIMPLE_TYPE(N64GamepadState, N64_GAMEPAD)

struct N64GamepadState {
    DeviceState parent_obj;

    N64PadState *pad[N64_MAX_PADS];     /* links "pad0".."pad3" */
    SDL_GameController *host[N64_MAX_PADS];
    uint32_t held[N64_MAX_PADS];        /* the controls this device holds */
    QEMUTimer *poll_timer;
    bool started;
};

static const struct {
    SDL_GameControllerButton button;
    uint32_t control;
} gamepad_buttons[] = {
    { SDL_CONTROLLER_BUTTON_A,              N64_PAD_A },
    { SDL_CONTROLLER_BUTTON_X,              N64_PAD_B },
    { SDL_CONTROLLER_BUTTON_Y,              N64_PAD_C_UP },
    { SDL_CONTROLLER_BUTTON_B,              N64_PAD_C_RIGHT },
    { SDL_CONTROLLER_BUTTON_START,          N64_PAD_START },
    { SDL_CONTROLLER_BUTTON_LEFTSHOULDER,   N64_PAD_L },
    { SDL_CONTROLLER_BUTTON_RIGHTSHOULDER,  N64_PAD_R },
    { SDL_CONTROLLER_BUTTON_DPAD_UP,        N64_PAD_UP },
    { SDL_CONTROLLER_BUTTON_DPAD_DOWN,      N64_PAD_DOWN },
    { SDL_CONTROLLER_BUTTON_DPAD_LEFT,      N64_PAD_LEFT },
    { SDL_CONTROLLER_BUTTON_DPAD_RIGHT,     N64_PAD_RIGHT },
};

/* An axis past half way in the direction of @sign, as a button. */
static const struct {
    SDL_GameControllerAxis axis;
    int sign;
    uint32_t control;
} gamepad_axis_buttons[] = {
    { SDL_CONTROLLER_AXIS_RIGHTY,       -1, N64_PAD_C_UP },
    { SDL_CONTROLLER_AXIS_RIGHTY,       +1, N64_PAD_C_DOWN },
    { SDL_CONTROLLER_AXIS_RIGHTX,       -1, N64_PAD_C_LEFT },
    { SDL_CONTROLLER_AXIS_RIGHTX,       +1, N64_PAD_C_RIGHT },
    { SDL_CONTROLLER_AXIS_TRIGGERLEFT,  +1, N64_PAD_Z },
    { SDL_CONTROLLER_AXIS_TRIGGERRIGHT, +1, N64_PAD_Z },
};

/* An SDL stick axis (-32768..32767) in the N64's steps, past a dead zone. */
static int gamepad_stick_axis(int value)
{
    int mag = MIN(abs(value), AXIS_MAX);

    if (mag <= STICK_DEAD_ZONE) {
        return 0;
    }
    mag = (mag - STICK_DEAD_ZONE) * N64_STICK_FULL /
          (AXIS_MAX - STICK_DEAD_ZONE);
    return value < 0 ? -mag : mag;
}

static uint32_t gamepad_controls(SDL_GameController *gc)
{
    uint32_t controls = 0;
    unsigned i;

    for (i = 0; i < ARRAY_SIZE(gamepad_buttons); i++) {
        if (SDL_GameControllerGetButton(gc, gamepad_buttons[i].button)) {
            controls |= gamepad_buttons[i].control;
        }
    }
    for (i = 0; i < ARRAY_SIZE(gamepad_axis_buttons); i++) {
        int value = SDL_GameControllerGetAxis(gc, gamepad_axis_buttons[i].axis);

        if (value * gamepad_axis_buttons[i].sign > AXIS_PRESSED) {
            controls |= gamepad_axis_buttons[i].control;
        }
    }
    return controls;
}

/* Press and release only what changed, so the keyboard keeps its keys. */
static void gamepad_apply(N64GamepadState *s, int port, uint32_t controls)
{
    uint32_t changed = controls ^ s->held[port];
    SDL_GameController *gc = s->host[port];
    int bit;

    while (changed) {
        bit = ctz32(changed);
        n64_pad_set(s->pad[port], 1u << bit, controls & (1u << bit));
        changed &= changed - 1;
    }
    s->held[port] = controls;
    if (gc) {
        n64_pad_set_stick(s->pad[port],
            gamepad_stick_axis(SDL_GameControllerGetAxis(gc,
                                   SDL_CONTROLLER_AXIS_LEFTX)),
            -gamepad_stick_axis(SDL_GameControllerGetAxis(gc,
                                    SDL_CONTROLLER_AXIS_LEFTY)));
    } else {
        n64_pad_set_stick(s->pad[port], 0, 0);
    }
}

static bool gamepad_in_use(N64GamepadState *s, SDL_JoystickID id)
{
    int port;

    for (port = 0; port < N64_MAX_PADS; port++) {
        if (s->host[port] &&
            SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(
                                       s->host[port])) == id) {
            return true;
        }
    }
    return false;
}

/* Gives a free port the first host controller no port has yet. */
static void gamepad_attach(N64GamepadState *s, int port)
{
    int i, n = SDL_NumJoysticks();

    for (i = 0; i < n; i++) {
        if (SDL_IsGameController(i) &&
            !gamepad_in_use(s, SDL_JoystickGetDeviceInstanceID(i))) {
            s->host[port] = SDL_GameControllerOpen(i);
            if (s->host[port]) {
                trace_n64_gamepad_attach(port,
                                         SDL_GameControllerName(s->host[port]));
            }
            return;
        }
    }
}

static void gamepad_poll(void *opaque)
{
    N64GamepadState *s = N64_GAMEPAD(opaque);
    int port;

    if (!s->started) {
        /* The display is set up before the first tick: SDL or not. */
        if (!SDL_WasInit(SDL_INIT_VIDEO)) {
            return;
        }
        SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
        if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) < 0) {
            warn_report("n64-gamepad: no SDL game controllers: %s",
                        SDL_GetError());
            return;
        }
        s->started = true;
    }
    SDL_GameControllerUpdate();
    for (port = 0; port < N64_MAX_PADS; port++) {
        if (!s->pad[port]) {
            continue;
        }
        if (s->host[port] && !SDL_GameControllerGetAttached(s->host[port])) {
            trace_n64_gamepad_detach(port);
            SDL_GameControllerClose(s->host[port]);
            s->host[port] = NULL;
        }
        if (!s->host[port]) {
            gamepad_attach(s, port);
        }
        gamepad_apply(s, port, s->host[port] ? gamepad_controls(s->host[port])
                                             : 0);
    }
    timer_mod(s->poll_timer,
              qemu_clock_get_ms(QEMU_CLOCK_REALTIME) + GAMEPAD_POLL_MS);
}

static void n64_gamepad_realize(DeviceState *dev, Error **errp)
{
    N64GamepadState *s = N64_GAMEPAD(dev);

    s->poll_timer = timer_new_ms(QEMU_CLOCK_REALTIME, gamepad_poll, s);
    timer_mod(s->poll_timer, qemu_clock_get_ms(QEMU_CLOCK_REALTIME));
}

static Property n64_gamepad_properties[] = {
    DEFINE_PROP_LINK("pad0", N64GamepadState, pad[0], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_LINK("pad1", N64GamepadState, pad[1], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_LINK("pad2", N64GamepadState, pad[2], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_LINK("pad3", N64GamepadState, pad[3], TYPE_N64_PAD,
                     N64PadState *),
    DEFINE_PROP_END_OF_LIST(),
};

static void n64_gamepad_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 controllers from SDL game controllers";
    dc->realize = n64_gamepad_realize;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_gamepad_properties);
}

static const TypeInfo n64_gamepad_info = {
    .name = TYPE_N64_GAMEPAD,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(N64GamepadState),
    .class_init = n64_gamepad_class_init,
};

static void n64_gamepad_register_types(void)
{
    type_register_static(&n64_gamepad_info);
}

type_init(n64_gamepad_register_types)
