/* SPDX-License-Identifier: MIT */
/*
 * test_doom.c - the pure parts of Doom's platform layer (games/doom/):
 * the controller map, the palette conversion and the zone's size.
 */
#include <lin64/fb.h>
#include <lin64/pad.h>

#include "check.h"
#include "doomkeys.h"
#include "keymap.h"
#include "memory.h"
#include "palette.h"
#include "tables.h"

static int sent_type[64], sent_key[64], sent;

static void record(int type, int key)
{
	sent_type[sent] = type;
	sent_key[sent] = key;
	sent++;
}

static void test_game_map(void)
{
	CHECK_EQ(keymap_key(PAD_Z, 0), KEY_RCTRL);		/* fire */
	CHECK_EQ(keymap_key(PAD_A, 0), ' ');			/* use */
	CHECK_EQ(keymap_key(PAD_B, 0), KEY_RSHIFT);		/* run */
	CHECK_EQ(keymap_key(PAD_L, 0), ',');			/* strafe */
	CHECK_EQ(keymap_key(PAD_R, 0), '.');
	CHECK_EQ(keymap_key(PAD_STICK_UP, 0), KEY_UPARROW);
	CHECK_EQ(keymap_key(PAD_UP, 0), KEY_UPARROW);
	CHECK_EQ(keymap_key(PAD_STICK_LEFT, 0), KEY_LEFTARROW);	/* turn */
	CHECK_EQ(keymap_key(PAD_C_LEFT, 0), KEYMAP_PREV_WEAPON);
	CHECK_EQ(keymap_key(PAD_C_RIGHT, 0), KEYMAP_NEXT_WEAPON);
	CHECK_EQ(keymap_key(PAD_C_UP, 0), KEY_TAB);		/* automap */
	CHECK_EQ(keymap_key(PAD_START, 0), KEY_ESCAPE);		/* menu */
}

static void test_menu_map(void)
{
	CHECK_EQ(keymap_key(PAD_A, 1), KEY_ENTER);
	CHECK_EQ(keymap_key(PAD_Z, 1), KEY_ENTER);
	CHECK_EQ(keymap_key(PAD_B, 1), KEY_BACKSPACE);
	CHECK_EQ(keymap_key(PAD_START, 1), KEY_ESCAPE);
	CHECK_EQ(keymap_key(PAD_STICK_DOWN, 1), KEY_DOWNARROW);
	CHECK_EQ(keymap_key(PAD_C_LEFT, 1), 0);
	CHECK_EQ(keymap_key(1u << 20, 0), 0);			/* no such button */
}

static void test_events(void)
{
	int held[PAD_BUTTONS] = { 0 };

	/* A pressed in a menu is Enter; let go in the game, Enter goes up,
	 * not the game's "use". */
	sent = 0;
	keymap_events(PAD_A, 0, 1, held, record);
	keymap_events(0, PAD_A, 0, held, record);
	CHECK_EQ(sent, 2);
	CHECK_EQ(sent_type[0], 0);
	CHECK_EQ(sent_key[0], KEY_ENTER);
	CHECK_EQ(sent_type[1], 1);
	CHECK_EQ(sent_key[1], KEY_ENTER);

	/* Two buttons at once, one of them without a menu meaning. */
	sent = 0;
	keymap_events(PAD_Z | PAD_C_LEFT, 0, 1, held, record);
	CHECK_EQ(sent, 1);
	keymap_events(0, PAD_Z | PAD_C_LEFT, 1, held, record);
	CHECK_EQ(sent, 2);
	CHECK_EQ(sent_key[1], KEY_ENTER);

	/* A tap seen within one poll: down, then up. */
	sent = 0;
	keymap_events(PAD_Z, PAD_Z, 0, held, record);
	CHECK_EQ(sent, 2);
	CHECK_EQ(sent_type[0], 0);
	CHECK_EQ(sent_key[0], KEY_RCTRL);
	CHECK_EQ(sent_type[1], 1);
	CHECK_EQ(sent_key[1], KEY_RCTRL);

	/* A release without a press sends nothing. */
	sent = 0;
	keymap_events(0, PAD_B, 0, held, record);
	CHECK_EQ(sent, 0);
}

static void test_palette(void)
{
	uint8_t playpal[768], rgb[768];
	uint16_t screen[256];

	for (int i = 0; i < 256; i++) {
		playpal[3 * i] = (uint8_t)i;
		playpal[3 * i + 1] = (uint8_t)(255 - i);
		playpal[3 * i + 2] = (uint8_t)(i * 7);
	}
	palette_convert(playpal, 0, rgb, screen);
	/* Through the engine's gamma table, down to the VGA's 6 bits. */
	int same = 1;

	for (int i = 0; i < 768; i++)
		same &= rgb[i] == (gammatable[0][playpal[i]] & ~3);
	CHECK(same);
	CHECK_EQ(screen[0], FB_RGB(rgb[0], rgb[1], rgb[2]));
	CHECK_EQ(screen[200], FB_RGB(rgb[600], rgb[601], rgb[602]));
	CHECK_EQ(screen[255], FB_RGB(rgb[765], rgb[766], rgb[767]));
	/* Level 0 is nearly the WAD's colours. */
	CHECK(rgb[3 * 200] >= 196 && rgb[3 * 200] <= 204);
	/* Every colour is opaque (r5g5b5a1's alpha bit). */
	CHECK_EQ(screen[17] & 1, 1);
	/* A higher level brightens a dark colour. */
	palette_convert(playpal, 4, rgb, screen);
	CHECK(rgb[3 * 40] > 60);
	CHECK_EQ(rgb[3 * 255], 252);
	/* The nearest colour of one in the palette is itself. */
	palette_convert(playpal, 0, rgb, screen);
	CHECK_EQ(palette_nearest(rgb, rgb[600], rgb[601], rgb[602]), 200);
	CHECK_EQ(palette_nearest(rgb, rgb[600] + 1, rgb[601], rgb[602] - 1), 200);
}

static void test_zone(void)
{
	CHECK_EQ(zone_size_kb(5800), ZONE_MAX_KB);
	CHECK_EQ(zone_size_kb(ZONE_RESERVE_KB + ZONE_MIN_KB + 100), ZONE_MIN_KB + 100);
	CHECK_EQ(zone_size_kb(ZONE_RESERVE_KB + ZONE_MIN_KB - 1), 0);
	CHECK_EQ(zone_size_kb(-1), 0);		/* /proc/meminfo unreadable */
	CHECK(ZONE_RESERVE_KB + ZONE_MAX_KB <= 4608);
}

int main(void)
{
	test_game_map();
	test_menu_map();
	test_events();
	test_palette();
	test_zone();
	return check_summary();
}
