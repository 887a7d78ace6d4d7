/* SPDX-License-Identifier: MIT */
/*
 * i_input.c - the first controller (libpad) as Doom's keyboard.
 *
 * Each tic the buttons that went down or up become the engine's key
 * events through the map in keymap.c; a mouse and a keyboard do not
 * exist here, and the other ports are not read.
 */
#include <lin64/pad.h>

#include "d_event.h"
#include "doomkeys.h"
#include "doomstat.h"
#include "i_input.h"
#include "keymap.h"
#include "m_controls.h"
#include "platform.h"

float mouse_acceleration = 2.0;
int mouse_threshold = 10;

static struct pad pad;
static int held_keys[PAD_BUTTONS];

static void post_key(int type, int key)
{
	event_t ev = { .type = type ? ev_keyup : ev_keydown, .data1 = key,
		       .data2 = key, .data3 = key };

	D_PostEvent(&ev);
}

void input_init(void)
{
	pad_open(&pad);
	/* Unbound by default; the C buttons need them (keymap.h). */
	key_prevweapon = KEYMAP_PREV_WEAPON;
	key_nextweapon = KEYMAP_NEXT_WEAPON;
	/* A and B answer the menus' yes/no questions (keymap.c). */
	key_menu_confirm = KEY_ENTER;
	key_menu_abort = KEY_BACKSPACE;
}

void input_poll(void)
{
	struct pad_state *p = &pad.port[0];

	pad_poll(&pad, platform_now_ms());
	keymap_events(p->pressed, p->released, menuactive, held_keys,
		      post_key);
}

void input_close(void)
{
	pad_close(&pad);
}

void I_StartTextInput(int x1, int y1, int x2, int y2)
{
	(void)x1;
	(void)y1;
	(void)x2;
	(void)y2;
}

void I_StopTextInput(void)
{
}

void I_BindInputVariables(void)
{
}
