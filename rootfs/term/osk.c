// SPDX-License-Identifier: MIT
#include <string.h>

#include "lin64/pad.h"
#include "osk.h"

enum special {
	KEY_CHAR,
	KEY_SHIFT,
	KEY_LAYER,
	KEY_CTRL,
	KEY_SPACE,
	KEY_BACKSPACE,
	KEY_ENTER,
	KEY_TAB,
	KEY_ESC,
	KEY_UP,
	KEY_DOWN,
	KEY_RIGHT,
	KEY_LEFT,
};

struct key {
	char ch;		/* KEY_CHAR: the character, unshifted */
	uint8_t special;
	uint8_t width;		/* units */
	const char *label;	/* specials only */
};

#define C(c)		{ c, KEY_CHAR, 1, NULL }
#define S(k, w, l)	{ 0, k, w, l }

/* The same last row on both layers: the modifiers and the big keys. */
#define BOTTOM_ROW { S(KEY_SHIFT, 1, "Shf"), S(KEY_LAYER, 1, "Sym"), \
	S(KEY_CTRL, 1, "Ctl"), S(KEY_SPACE, 3, "Space"), \
	S(KEY_BACKSPACE, 2, "Bksp"), S(KEY_ENTER, 2, "Enter") }

static const struct key layout[OSK_LAYERS][OSK_ROWS][OSK_UNITS] = {
	[OSK_LETTERS] = {
		{ C('1'), C('2'), C('3'), C('4'), C('5'), C('6'), C('7'), C('8'), C('9'), C('0') },
		{ C('q'), C('w'), C('e'), C('r'), C('t'), C('y'), C('u'), C('i'), C('o'), C('p') },
		{ C('a'), C('s'), C('d'), C('f'), C('g'), C('h'), C('j'), C('k'), C('l'), C('-') },
		{ C('z'), C('x'), C('c'), C('v'), C('b'), C('n'), C('m'), C(','), C('.'), C('/') },
		BOTTOM_ROW,
	},
	[OSK_SYMBOLS] = {
		{ C('!'), C('"'), C('#'), C('$'), C('%'), C('&'), C('\''), C('('), C(')'), C('*') },
		{ C('+'), C(':'), C(';'), C('<'), C('='), C('>'), C('?'), C('@'), C('['), C(']') },
		{ C('\\'), C('^'), C('_'), C('`'), C('{'), C('|'), C('}'), C('~'), C('-'), C('/') },
		{ S(KEY_TAB, 2, "Tab"), S(KEY_ESC, 2, "Esc"), S(KEY_UP, 1, "Up"),
		  S(KEY_DOWN, 1, "Dn"), S(KEY_LEFT, 2, "Left"), S(KEY_RIGHT, 2, "Rght") },
		BOTTOM_ROW,
	},
};

/* Shifted digits and punctuation of the letters layer (a US keyboard). */
static const char shift_pairs[] = "1!2@3#4$5%6^7&8*9(0)-_,<.>/?";

static char shifted(char c)
{
	const char *p;

	if (c >= 'a' && c <= 'z')
		return c - 'a' + 'A';
	p = strchr(shift_pairs, c);
	return p && (p - shift_pairs) % 2 == 0 ? p[1] : c;
}

void osk_init(struct osk *osk)
{
	memset(osk, 0, sizeof(*osk));
	osk->row = 1;	/* on 'q': letters are what is typed most */
}

/* The key of @row covering @unit, and where that key starts. */
static const struct key *key_at(const struct osk *osk, int row, int unit,
				int *start)
{
	const struct key *k = layout[osk->layer][row];
	int u = 0;

	*start = 0;
	for (; u < OSK_UNITS && k->width; k++) {
		if (unit < u + k->width) {
			*start = u;
			return k;
		}
		u += k->width;
	}
	return layout[osk->layer][row];	/* not reached: rows fill OSK_UNITS */
}

static void move(struct osk *osk, int drow, int dunit)
{
	int start;
	const struct key *k = key_at(osk, osk->row, osk->unit, &start);

	if (drow) {
		osk->row = (osk->row + OSK_ROWS + drow) % OSK_ROWS;
		return;
	}
	/* Step off the whole key, wrapping around the row. */
	if (dunit > 0)
		osk->unit = (start + k->width) % OSK_UNITS;
	else
		osk->unit = (start + OSK_UNITS - 1) % OSK_UNITS;
	key_at(osk, osk->row, osk->unit, &start);
	osk->unit = start;
}

static int sequence(char *out, const char *seq)
{
	int n = strlen(seq);

	memcpy(out, seq, n);
	return n;
}

/* The bytes for character @c, with ctrl and shift applied (and spent). */
static int type_char(struct osk *osk, char c, char *out)
{
	if (osk->layer == OSK_LETTERS && (osk->shift || osk->caps))
		c = shifted(c);
	osk->shift = 0;
	if (osk->ctrl) {
		osk->ctrl = 0;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			c &= 0x1f;
	}
	out[0] = c;
	return 1;
}

static int press_key(struct osk *osk, const struct key *k, char *out)
{
	switch (k->special) {
	case KEY_CHAR:		return type_char(osk, k->ch, out);
	case KEY_SPACE:		return type_char(osk, ' ', out);
	case KEY_BACKSPACE:	return sequence(out, "\177");
	case KEY_ENTER:		return sequence(out, "\r");
	case KEY_TAB:		return sequence(out, "\t");
	case KEY_ESC:		return sequence(out, "\033");
	case KEY_UP:		return sequence(out, "\033[A");
	case KEY_DOWN:		return sequence(out, "\033[B");
	case KEY_RIGHT:		return sequence(out, "\033[C");
	case KEY_LEFT:		return sequence(out, "\033[D");
	case KEY_SHIFT:
		/* one-shot, then caps lock, then off */
		if (osk->caps)
			osk->caps = 0;
		else if (osk->shift)
			osk->caps = 1, osk->shift = 0;
		else
			osk->shift = 1;
		return 0;
	case KEY_LAYER:
		osk->layer ^= 1;
		return 0;
	case KEY_CTRL:
		osk->ctrl ^= 1;
		return 0;
	}
	return 0;
}

int osk_press(struct osk *osk, uint32_t button, char *out)
{
	static const struct key shift = S(KEY_SHIFT, 1, NULL);
	static const struct key layer = S(KEY_LAYER, 1, NULL);
	static const struct key ctrl = S(KEY_CTRL, 1, NULL);
	int start;

	switch (button) {
	case PAD_UP: case PAD_STICK_UP:		move(osk, -1, 0); return 0;
	case PAD_DOWN: case PAD_STICK_DOWN:	move(osk, 1, 0); return 0;
	case PAD_LEFT: case PAD_STICK_LEFT:	move(osk, 0, -1); return 0;
	case PAD_RIGHT: case PAD_STICK_RIGHT:	move(osk, 0, 1); return 0;
	case PAD_A:
		return press_key(osk, key_at(osk, osk->row, osk->unit, &start), out);
	case PAD_B:		return sequence(out, "\177");
	case PAD_START:		return sequence(out, "\r");
	case PAD_Z:		return press_key(osk, &shift, out);
	case PAD_L:		return press_key(osk, &layer, out);
	case PAD_R:		return press_key(osk, &ctrl, out);
	case PAD_C_UP:		return sequence(out, "\033[A");
	case PAD_C_DOWN:	return sequence(out, "\033[B");
	case PAD_C_RIGHT:	return sequence(out, "\033[C");
	case PAD_C_LEFT:	return sequence(out, "\033[D");
	}
	return 0;
}

int osk_key(const struct osk *osk, int row, int i, struct osk_key_view *view)
{
	const struct key *k = layout[osk->layer][row];
	int unit = 0, j;
	char c;

	for (j = 0; j < i; j++) {
		if (!k[j].width)
			return 0;
		unit += k[j].width;
	}
	k += i;
	if (i >= OSK_UNITS || !k->width)
		return 0;
	view->unit = unit;
	view->width = k->width;
	view->selected = row == osk->row && osk->unit >= unit &&
			 osk->unit < unit + k->width;
	view->active = (k->special == KEY_SHIFT && (osk->shift || osk->caps)) ||
		       (k->special == KEY_CTRL && osk->ctrl) ||
		       (k->special == KEY_LAYER && osk->layer == OSK_SYMBOLS);
	if (k->special != KEY_CHAR) {
		strncpy(view->label, k->label, sizeof(view->label) - 1);
		view->label[sizeof(view->label) - 1] = '\0';
		return 1;
	}
	c = osk->layer == OSK_LETTERS && (osk->shift || osk->caps) ?
	    shifted(k->ch) : k->ch;
	view->label[0] = c;
	view->label[1] = '\0';
	return 1;
}

/* Every distinct state, for the search: layer, row, unit and modifiers. */
#define OSK_STATES (OSK_LAYERS * OSK_ROWS * OSK_UNITS * 2 * 2 * 2)

static int state_index(const struct osk *s)
{
	return ((((s->layer * OSK_ROWS + s->row) * OSK_UNITS + s->unit) * 2 +
		 s->shift) * 2 + s->caps) * 2 + s->ctrl;
}

/*
 * Breadth-first search from @from for the fewest presses after which A
 * types exactly @c.  Fills @path (reversed) and returns its length
 * (including the final A), or -1.
 */
static int plan_char(struct osk *from, char c, uint32_t *path, int max)
{
	static const uint32_t moves[] = {
		PAD_UP, PAD_DOWN, PAD_LEFT, PAD_RIGHT, PAD_Z, PAD_L,
	};
	static struct osk queue[OSK_STATES];
	static int16_t parent[OSK_STATES];
	static uint8_t via[OSK_STATES];
	int head = 0, tail = 0, idx, n, i;
	struct osk s, next;
	char out[OSK_OUT_MAX];

	memset(parent, -1, sizeof(parent));
	queue[tail++] = *from;
	parent[state_index(from)] = state_index(from);
	while (head < tail) {
		s = queue[head++];
		next = s;
		if (osk_press(&next, PAD_A, out) == 1 && out[0] == c) {
			n = 0;
			path[n++] = PAD_A;
			for (idx = state_index(&s); parent[idx] != idx;
			     idx = parent[idx]) {
				if (n == max)
					return -1;
				path[n++] = moves[via[idx]];
			}
			*from = next;
			return n;
		}
		for (i = 0; i < (int)(sizeof(moves) / sizeof(moves[0])); i++) {
			next = s;
			osk_press(&next, moves[i], out);
			idx = state_index(&next);
			if (parent[idx] >= 0)
				continue;
			parent[idx] = state_index(&s);
			via[idx] = i;
			queue[tail++] = next;
		}
	}
	return -1;
}

int osk_plan(struct osk *osk, const char *text, uint32_t *buttons, int max)
{
	uint32_t path[OSK_STATES];
	int total = 0, n, i;

	for (; *text; text++) {
		if (*text == '\r') {
			n = 1;
			path[0] = PAD_START;
		} else {
			n = plan_char(osk, *text, path, OSK_STATES);
		}
		if (n < 0 || total + n > max)
			return -1;
		for (i = n - 1; i >= 0; i--)
			buttons[total++] = path[i];
	}
	return total;
}
