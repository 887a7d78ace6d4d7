// SPDX-License-Identifier: MIT
/*
 * libpad's pure part: from raw buttons and stick to what programs read
 * (presses, releases, key repeat, the stick as buttons).
 */
#include <linux/input-event-codes.h>

#include "lin64/pad.h"

static const char *const button_names[PAD_BUTTONS] = {
	"A", "B", "Z", "START", "UP", "DOWN", "LEFT", "RIGHT", "L", "R",
	"C_UP", "C_DOWN", "C_LEFT", "C_RIGHT",
	"STICK_UP", "STICK_DOWN", "STICK_LEFT", "STICK_RIGHT",
};

const char *pad_button_name(uint32_t button)
{
	int i;

	for (i = 0; i < PAD_BUTTONS; i++)
		if (button == 1u << i)
			return button_names[i];
	return "?";
}

/* n64joy's key codes (drivers/input/joystick/n64joy.c). */
uint32_t pad_button_of_evdev(int code)
{
	switch (code) {
	case BTN_0:		return PAD_A;
	case BTN_1:		return PAD_B;
	case BTN_2:		return PAD_L;
	case BTN_3:		return PAD_R;
	case BTN_Z:		return PAD_Z;
	case BTN_START:		return PAD_START;
	case BTN_DPAD_UP:	return PAD_UP;
	case BTN_DPAD_DOWN:	return PAD_DOWN;
	case BTN_DPAD_LEFT:	return PAD_LEFT;
	case BTN_DPAD_RIGHT:	return PAD_RIGHT;
	case BTN_FORWARD:	return PAD_C_UP;
	case BTN_BACK:		return PAD_C_DOWN;
	case BTN_LEFT:		return PAD_C_LEFT;
	case BTN_RIGHT:		return PAD_C_RIGHT;
	default:		return 0;
	}
}

static int dead_zone(int v)
{
	return v > -PAD_DEAD_ZONE && v < PAD_DEAD_ZONE ? 0 : v;
}

static uint32_t stick_buttons(int x, int y)
{
	return (y > 0 ? PAD_STICK_UP : 0) | (y < 0 ? PAD_STICK_DOWN : 0) |
	       (x < 0 ? PAD_STICK_LEFT : 0) | (x > 0 ? PAD_STICK_RIGHT : 0);
}

void pad_state_begin(struct pad_state *s)
{
	s->pressed = 0;
	s->released = 0;
	s->repeated = 0;
}

void pad_state_update(struct pad_state *s, uint32_t raw, int x, int y,
		      unsigned now_ms)
{
	uint32_t held, down;
	int i;

	s->raw = raw;
	s->raw_x = x;
	s->raw_y = y;
	s->x = dead_zone(x);
	s->y = dead_zone(y);
	held = raw | stick_buttons(s->x, s->y);
	down = held & ~s->held;
	s->pressed |= down;
	s->released |= s->held & ~held;
	s->held = held;
	for (i = 0; i < PAD_BUTTONS; i++) {
		if (down & 1u << i) {
			s->repeated |= 1u << i;
			s->due_ms[i] = now_ms + PAD_REPEAT_DELAY_MS;
		} else if (held & 1u << i &&
			   (int)(now_ms - s->due_ms[i]) >= 0) {
			s->repeated |= 1u << i;
			s->due_ms[i] = now_ms + PAD_REPEAT_EVERY_MS;
		}
	}
}
