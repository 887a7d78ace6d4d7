/* SPDX-License-Identifier: MIT */
/*
 * menu.c - the pause menu: player 1's pause button (Start on the N64)
 * opens it over the frozen game; up and down choose, O or X picks.
 * "continue", then the cart's menuitem()s, then "reset cart".
 */
#include <string.h>

#include "lauxlib.h"
#include "lua.h"

#include "gfx.h"
#include "pico.h"

#define MENU_MAX	7	/* continue, five items, reset cart */

/* The entries shown, as indexes into p->menu, with -1 for "continue"
 * and 5 for "reset cart".  Returns how many. */
static int entries(const struct pico *p, int out[MENU_MAX])
{
	int n = 0, i;

	out[n++] = -1;
	for (i = 0; i < 5; i++)
		if (p->menu[i].label[0])
			out[n++] = i;
	out[n++] = 5;
	return n;
}

static void close_menu(struct pico *p)
{
	memcpy(p->mem + PICO_SCREEN, p->under_menu, sizeof(p->under_menu));
	p->paused = 0;
}

/* Run the cart's callback of item @i, after closing the menu so that
 * what it draws is not covered. */
static void pick_item(struct pico *p, int i)
{
	close_menu(p);
	lua_rawgeti(p->L, LUA_REGISTRYINDEX, p->menu[i].ref);
	if (lua_isfunction(p->L, -1))
		pico_call(p);
	else
		lua_pop(p->L, 1);
}

static const char *label(const struct pico *p, int entry)
{
	return entry < 0 ? "continue" : entry == 5 ? "reset cart" : p->menu[entry].label;
}

/* The box over the game, in the font and colours of a fresh machine:
 * the cart's draw state is put back afterwards. */
static void draw(struct pico *p, const int *list, int n)
{
	uint8_t state[0x40];
	int i, top = 64 - n * 4 - 4;

	memcpy(state, p->mem + PICO_DRAWPAL, sizeof(state));
	memcpy(p->mem + PICO_SCREEN, p->under_menu, sizeof(p->under_menu));
	gfx_reset(p);
	gfx_rect(p, 24, top, 103, top + n * 8 + 6, 0, 1);
	gfx_rect(p, 24, top, 103, top + n * 8 + 6, 7, 0);
	for (i = 0; i < n; i++) {
		const char *s = label(p, list[i]);

		if (i == p->menu_choice)
			gfx_print(p, ">", 1, 30, top + 4 + i * 8, 7);
		gfx_print(p, s, (int)strlen(s), 36, top + 4 + i * 8, i == p->menu_choice ? 7 : 6);
	}
	memcpy(p->mem + PICO_DRAWPAL, state, sizeof(state));
}

void pico_menu_frame(struct pico *p)
{
	int list[MENU_MAX], n = entries(p, list);
	uint8_t b = p->pressed[0];

	if (!p->paused) {	/* pause was just pressed */
		memcpy(p->under_menu, p->mem + PICO_SCREEN, sizeof(p->under_menu));
		p->paused = 1;
		p->menu_choice = 0;
	} else if (b >> PICO_PAUSE & 1) {
		close_menu(p);
		return;
	}
	if (b & 4)
		p->menu_choice = (p->menu_choice + n - 1) % n;
	if (b & 8)
		p->menu_choice = (p->menu_choice + 1) % n;
	if (b & 0x30) {		/* O or X */
		int e = list[p->menu_choice];

		if (e < 0)
			close_menu(p);
		else if (e == 5) {
			p->paused = 0;
			pico_reset(p);
		} else
			pick_item(p, e);
		return;
	}
	draw(p, list, n);
}
