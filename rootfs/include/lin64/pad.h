/* SPDX-License-Identifier: MIT */
/*
 * lin64/pad.h - libpad: the N64 controllers for Lin64 programs.
 *
 * On the N64 the controllers are the kernel's n64joy input devices
 * (/dev/input/event*, one per port that had a controller at boot).  On a
 * desktop they are the keyboard of the SDL2 window, mapped as the QEMU
 * machine maps it (docs/emu.md, Controllers): arrows = stick, X = A,
 * C = B, Z = Z, Enter = Start, I/K/J/L = D-pad, A/S = L/R and T/G/F/H =
 * C up/down/left/right.
 *
 *	struct pad pad;
 *	pad_open(&pad);
 *	for (;;) {
 *		pad_wait(&pad, 33);		(a frame at 30 fps)
 *		pad_poll(&pad, now_ms());
 *		if (pad.port[0].pressed & PAD_A)
 *			...
 *	}
 *
 * The stick counts as four more buttons once it is past the dead zone, so
 * a menu reads the stick and the D-pad alike.
 */
#ifndef LIN64_PAD_H
#define LIN64_PAD_H

#include <stdint.h>

enum pad_button {
	PAD_A		= 1 << 0,
	PAD_B		= 1 << 1,
	PAD_Z		= 1 << 2,
	PAD_START	= 1 << 3,
	PAD_UP		= 1 << 4,	/* D-pad */
	PAD_DOWN	= 1 << 5,
	PAD_LEFT	= 1 << 6,
	PAD_RIGHT	= 1 << 7,
	PAD_L		= 1 << 8,
	PAD_R		= 1 << 9,
	PAD_C_UP	= 1 << 10,
	PAD_C_DOWN	= 1 << 11,
	PAD_C_LEFT	= 1 << 12,
	PAD_C_RIGHT	= 1 << 13,
	PAD_STICK_UP	= 1 << 14,	/* the stick past the dead zone */
	PAD_STICK_DOWN	= 1 << 15,
	PAD_STICK_LEFT	= 1 << 16,
	PAD_STICK_RIGHT	= 1 << 17,
};

#define PAD_PORTS	4
#define PAD_DEAD_ZONE	16	/* of the stick's -80..80 travel */
#define PAD_REPEAT_DELAY_MS	400	/* held that long, a button repeats */
#define PAD_REPEAT_EVERY_MS	100

#define PAD_BUTTONS	18

struct pad_state {
	uint32_t held;		/* enum pad_button bits down now */
	uint32_t pressed;	/* went down since the last pad_poll() */
	uint32_t released;	/* went up since the last pad_poll() */
	uint32_t repeated;	/* pressed, or held and due to repeat */
	int x, y;		/* the stick, y up; 0 inside the dead zone */
	int connected;
	/* private */
	uint32_t raw;		/* buttons as the back end last saw them */
	int raw_x, raw_y;
	unsigned due_ms[PAD_BUTTONS];	/* when a held button repeats */
};

struct pad_backend;

struct pad {
	struct pad_state port[PAD_PORTS];
	struct pad_backend *backend;
};

/*
 * Find the controllers.  Returns 0, also when none is there yet (they are
 * looked for again by pad_poll()), or -1 after printing why on stderr.
 */
int pad_open(struct pad *pad);

/*
 * Read every pending event without blocking and update each port's
 * state; @now_ms is a monotonic clock (repeat timing).  Returns how many
 * ports have a controller.
 */
int pad_poll(struct pad *pad, unsigned now_ms);

/* Sleep until an input event arrives or @timeout_ms passes. */
void pad_wait(struct pad *pad, int timeout_ms);

void pad_close(struct pad *pad);

/* A monotonic clock in milliseconds, for pad_poll(). */
unsigned pad_now_ms(void);

/*
 * The pure part, for back ends and tests.  pad_state_begin() starts a
 * poll (clears pressed, released and repeated); each pad_state_update()
 * then gives the buttons held now (@raw, stick buttons excluded) and the
 * stick, and adds what changed, so a press and release read in one poll
 * still count as a press.
 */
void pad_state_begin(struct pad_state *s);
void pad_state_update(struct pad_state *s, uint32_t raw, int x, int y,
		      unsigned now_ms);

/* The button an n64joy evdev key code means, or 0. */
uint32_t pad_button_of_evdev(int code);

/* "A", "START", "C_UP", ... for one button bit; "?" for others. */
const char *pad_button_name(uint32_t button);

#endif
