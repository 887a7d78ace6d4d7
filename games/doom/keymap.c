/* SPDX-License-Identifier: MIT */
/*
 * keymap.c - the controller map (README, "Doom"): stick and D-pad move
 * and turn, Z fire, A use, B run, L/R strafe, C-left/C-right weapons,
 * C-up automap, C-down the last message, Start the menu.
 */
#include "keymap.h"

#include <lin64/pad.h>

#include "doomkeys.h"

struct key_pair {
	uint32_t button;
	int game;	/* the key while playing */
	int menu;	/* the key while a menu (or a question) is up */
};

/*
 * The menu keys are the engine's menu defaults, except that i_input.c
 * makes Enter confirm and Backspace refuse a yes/no question, so A and B
 * answer it as they select and go back everywhere else.
 */
static const struct key_pair keys[] = {
	{ PAD_UP,		KEY_UPARROW,	KEY_UPARROW },
	{ PAD_STICK_UP,		KEY_UPARROW,	KEY_UPARROW },
	{ PAD_DOWN,		KEY_DOWNARROW,	KEY_DOWNARROW },
	{ PAD_STICK_DOWN,	KEY_DOWNARROW,	KEY_DOWNARROW },
	{ PAD_LEFT,		KEY_LEFTARROW,	KEY_LEFTARROW },
	{ PAD_STICK_LEFT,	KEY_LEFTARROW,	KEY_LEFTARROW },
	{ PAD_RIGHT,		KEY_RIGHTARROW,	KEY_RIGHTARROW },
	{ PAD_STICK_RIGHT,	KEY_RIGHTARROW,	KEY_RIGHTARROW },
	{ PAD_Z,		KEY_RCTRL,	KEY_ENTER },
	{ PAD_A,		' ',		KEY_ENTER },
	{ PAD_B,		KEY_RSHIFT,	KEY_BACKSPACE },
	{ PAD_L,		',',		KEY_LEFTARROW },
	{ PAD_R,		'.',		KEY_RIGHTARROW },
	{ PAD_C_LEFT,		KEYMAP_PREV_WEAPON, 0 },
	{ PAD_C_RIGHT,		KEYMAP_NEXT_WEAPON, 0 },
	{ PAD_C_UP,		KEY_TAB,	0 },
	{ PAD_C_DOWN,		KEY_ENTER,	0 },
	{ PAD_START,		KEY_ESCAPE,	KEY_ESCAPE },
};

int keymap_key(uint32_t button, int in_menu)
{
	for (unsigned i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (keys[i].button == button)
			return in_menu ? keys[i].menu : keys[i].game;
	return 0;
}

void keymap_events(uint32_t pressed, uint32_t released, int in_menu,
		   int held_keys[PAD_BUTTONS], void (*send)(int type, int key))
{
	for (int bit = 0; bit < PAD_BUTTONS; bit++) {
		uint32_t button = 1u << bit;

		/* Press first: a tap can go down and up within one poll. */
		if (pressed & button) {
			if (held_keys[bit])
				send(1, held_keys[bit]);
			held_keys[bit] = keymap_key(button, in_menu);
			if (held_keys[bit])
				send(0, held_keys[bit]);
		}
		if ((released & button) && held_keys[bit]) {
			send(1, held_keys[bit]);
			held_keys[bit] = 0;
		}
	}
}
