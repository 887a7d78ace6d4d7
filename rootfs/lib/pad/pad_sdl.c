// SPDX-License-Identifier: MIT
/*
 * libpad on a desktop: the SDL2 window's keyboard plays controller 1,
 * with the keys the QEMU machine uses (docs/emu.md, Controllers).
 * Closing the window ends the program, as on any desktop.
 */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lin64/pad.h"

#define STICK_FULL	80	/* as far as a real stick goes */

static const struct {
	SDL_Scancode key;
	uint32_t button;
} key_map[] = {
	{ SDL_SCANCODE_X, PAD_A },	{ SDL_SCANCODE_C, PAD_B },
	{ SDL_SCANCODE_Z, PAD_Z },	{ SDL_SCANCODE_RETURN, PAD_START },
	{ SDL_SCANCODE_I, PAD_UP },	{ SDL_SCANCODE_K, PAD_DOWN },
	{ SDL_SCANCODE_J, PAD_LEFT },	{ SDL_SCANCODE_L, PAD_RIGHT },
	{ SDL_SCANCODE_A, PAD_L },	{ SDL_SCANCODE_S, PAD_R },
	{ SDL_SCANCODE_T, PAD_C_UP },	{ SDL_SCANCODE_G, PAD_C_DOWN },
	{ SDL_SCANCODE_F, PAD_C_LEFT },	{ SDL_SCANCODE_H, PAD_C_RIGHT },
};

unsigned pad_now_ms(void)
{
	return SDL_GetTicks();
}

int pad_open(struct pad *pad)
{
	memset(pad, 0, sizeof(*pad));
	if (SDL_InitSubSystem(SDL_INIT_EVENTS)) {
		fprintf(stderr, "pad: error starting SDL events: %s\n",
			SDL_GetError());
		return -1;
	}
	pad->port[0].connected = 1;
	return 0;
}

int pad_poll(struct pad *pad, unsigned now_ms)
{
	const Uint8 *keys;
	uint32_t raw = 0;
	unsigned i;
	int x, y;

	SDL_PumpEvents();
	if (SDL_QuitRequested())
		exit(0);
	keys = SDL_GetKeyboardState(NULL);
	for (i = 0; i < sizeof(key_map) / sizeof(key_map[0]); i++)
		if (keys[key_map[i].key])
			raw |= key_map[i].button;
	x = (keys[SDL_SCANCODE_RIGHT] - keys[SDL_SCANCODE_LEFT]) * STICK_FULL;
	y = (keys[SDL_SCANCODE_UP] - keys[SDL_SCANCODE_DOWN]) * STICK_FULL;
	pad_state_begin(&pad->port[0]);
	pad_state_update(&pad->port[0], raw, x, y, now_ms);
	return 1;
}

void pad_wait(struct pad *pad, int timeout_ms)
{
	(void)pad;
	SDL_WaitEventTimeout(NULL, timeout_ms);
}

void pad_close(struct pad *pad)
{
	(void)pad;
	SDL_QuitSubSystem(SDL_INIT_EVENTS);
}
