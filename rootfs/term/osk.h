/* SPDX-License-Identifier: MIT */
/*
 * osk: the terminal's on-screen keyboard, driven by the joypad.  A pure
 * state machine: a button in, the bytes to send to the shell out.
 *
 *   stick / D-pad   move the selection (held: repeats)
 *   A               type the selected key
 *   B               backspace          Start   Enter
 *   Z               shift (twice: caps lock)
 *   L               letters <-> symbols
 *   R               ctrl for the next key (R then C is ^C)
 *   C buttons       the cursor keys (history, vi)
 *
 * The layout is OSK_ROWS rows of OSK_UNITS units; a key is one or more
 * units wide.  osk_plan() finds the button presses that type a text, by
 * searching this same state machine, so tests and the layout can never
 * disagree.
 */
#ifndef LIN64_OSK_H
#define LIN64_OSK_H

#include <stdint.h>

#define OSK_ROWS	5
#define OSK_UNITS	10
#define OSK_OUT_MAX	8

enum osk_layer { OSK_LETTERS, OSK_SYMBOLS, OSK_LAYERS };

struct osk {
	uint8_t layer;
	uint8_t row, unit;	/* the selection: a row and a unit in it */
	uint8_t shift;		/* one-shot */
	uint8_t caps;
	uint8_t ctrl;		/* one-shot */
};

struct osk_key_view {
	char label[6];		/* what the key shows now */
	int unit, width;	/* where it sits in its row */
	int selected;
	int active;		/* a modifier that is on */
};

void osk_init(struct osk *osk);

/*
 * Apply one press of @button (a PAD_* bit).  Writes the bytes to send to
 * the shell into @out (OSK_OUT_MAX) and returns their count; 0 for a
 * press that only changes the keyboard.
 */
int osk_press(struct osk *osk, uint32_t button, char *out);

/* The @i-th key of @row as it should be drawn; returns 0 past the end. */
int osk_key(const struct osk *osk, int row, int i, struct osk_key_view *view);

/*
 * Fill @buttons with the presses (PAD_* bits) that type @text from the
 * state @osk, leaving @osk in the end state.  '\r' is typed with Start.
 * Returns the number of presses, or -1 when a character cannot be typed
 * or @max is too small.
 */
int osk_plan(struct osk *osk, const char *text, uint32_t *buttons, int max);

#endif
