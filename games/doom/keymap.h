/* SPDX-License-Identifier: MIT */
/*
 * keymap.h - the N64 controller as Doom's keyboard.
 *
 * The engine reads keys (its own codes, doomkeys.h), so each controller
 * button stands for one key.  In the menus some buttons mean other keys
 * than in the game: A is "use" while playing and "select" in a menu.
 */
#ifndef LIN64_DOOM_KEYMAP_H
#define LIN64_DOOM_KEYMAP_H

#include <stdint.h>

#include <lin64/pad.h>

/* The keys the map sends that the engine has no default binding for;
 * i_input.c binds key_prevweapon and key_nextweapon to them. */
#define KEYMAP_PREV_WEAPON	'['
#define KEYMAP_NEXT_WEAPON	']'

/* The Doom key a libpad button (one PAD_* bit) means, or 0 for none. */
int keymap_key(uint32_t button, int in_menu);

/*
 * Turn a port's buttons into key events: for each bit in @pressed, the
 * key it means now is sent down and remembered in @held_keys (indexed by
 * bit number); for each bit in @released, the remembered key is sent up
 * (after the press when a button went down and up since the last poll).
 * So a button pressed in a menu and let go in the game releases the key
 * it pressed.  @send(type, key) posts one event
 * (type 0 down, 1 up, as the engine's evtype_t).
 */
void keymap_events(uint32_t pressed, uint32_t released, int in_menu,
		   int held_keys[PAD_BUTTONS], void (*send)(int type, int key));

#endif
