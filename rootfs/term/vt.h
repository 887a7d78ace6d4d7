/* SPDX-License-Identifier: MIT */
/*
 * vt: the terminal's screen model and the VT100 subset that BusyBox's sh,
 * vi, less and top write.  Pure state: bytes in, cells and replies out;
 * lin64-term draws the cells.
 *
 * Understood: printable ASCII (others show as a box), CR LF BS HT, ESC 7
 * and 8, ESC M, ESC c, CSI A B C D E F G H f d J K L M P @ X r m s u n,
 * CSI ? 25 h/l (cursor), CSI ? 7 h/l (wrap); OSC strings and ESC ( / )
 * charset choices are read and dropped.  SGR: 0, 1, 7, 22, 27,
 * 30-37, 39, 40-47, 49.  Anything else is consumed and ignored, so an
 * unknown sequence never shows up as garbage.
 */
#ifndef LIN64_VT_H
#define LIN64_VT_H

#include <stdint.h>

#define VT_MAX_COLS	40
#define VT_MAX_ROWS	30
#define VT_MAX_PARAMS	8
#define VT_REPLY_MAX	32

/* Cell attributes: colours 0-7 (ANSI order), bold, reverse. */
#define VT_FG(a)	((a) & 7)
#define VT_BG(a)	((a) >> 3 & 7)
#define VT_BOLD		0x40
#define VT_REVERSE	0x80
#define VT_DEFAULT_ATTR	(7 | 0 << 3)	/* white on black */

struct vt_cell {
	uint8_t ch;
	uint8_t attr;
};

struct vt {
	int cols, rows;
	struct vt_cell cell[VT_MAX_ROWS][VT_MAX_COLS];
	uint32_t dirty;		/* bit r: row r changed since vt_clean() */
	int x, y;		/* the cursor */
	int wrap_pending;	/* a character was written in the last column */
	int cursor_visible;
	int autowrap;
	uint8_t attr;
	int top, bottom;	/* the scrolling region, inclusive */
	int saved_x, saved_y;
	uint8_t saved_attr;
	/* the parser */
	int state;
	int params[VT_MAX_PARAMS];
	int nparams;
	int private_mode;	/* CSI ? ... */
	/* bytes the terminal answers (CSI 6 n), for the program to send */
	char reply[VT_REPLY_MAX];
	int reply_len;
};

/* A blank screen of @cols x @rows (at most VT_MAX_COLS x VT_MAX_ROWS). */
void vt_init(struct vt *vt, int cols, int rows);

/* Feed output of the program. */
void vt_write(struct vt *vt, const char *buf, int len);

/* Forget which rows changed (after drawing them). */
static inline void vt_clean(struct vt *vt)
{
	vt->dirty = 0;
}

#endif
