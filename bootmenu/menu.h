/* SPDX-License-Identifier: MIT */
/*
 * menu: what the buttons do to the list, one frame at a time.  No
 * hardware here, so the rules are tested on the host.
 */
#ifndef LIN64_MENU_H
#define LIN64_MENU_H

#include <stdint.h>

#define MENU_REPEAT_DELAY	15	/* frames before a held direction repeats */
#define MENU_REPEAT_EVERY	4	/* frames between repeats after that */

struct menu {
	int count;		/* entries in the list */
	int cursor;		/* the highlighted one */
	int default_index;	/* what Start and the countdown launch */
	uint32_t countdown;	/* frames until the default starts; 0: off */
	uint32_t rate;		/* frames a second (the TV standard's fields) */
	uint16_t held;		/* buttons down in the previous frame */
	uint32_t held_frames;	/* how long the current direction is held */
};

enum menu_action {
	MENU_NONE,
	MENU_LAUNCH,		/* start the entry at cursor */
};

/*
 * A list of @count entries with the cursor on @default_index, which starts
 * by itself after @countdown_seconds (0: never) of frames at @rate a second.
 */
void menu_init(struct menu *m, int count, int default_index,
	       uint32_t countdown_seconds, uint32_t rate);

/* Whole seconds, rounded up, until the countdown starts the default. */
uint32_t menu_seconds_left(const struct menu *m);

/*
 * One frame with @buttons down (pad.h bits).  Up/down move the cursor,
 * with key repeat, wrapping at the ends; A launches the cursor's entry,
 * Start the default one; any newly pressed button stops the countdown;
 * when the countdown runs out the default entry is launched.
 */
enum menu_action menu_update(struct menu *m, uint16_t buttons);

/* Buttons that went down this frame (for screens other than the list). */
uint16_t menu_pressed(struct menu *m, uint16_t buttons);

#endif
