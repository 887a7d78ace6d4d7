// SPDX-License-Identifier: MIT
#include <stdio.h>
#include <string.h>

#include "vt.h"

/* OSC strings (titles) and charset choices are read and dropped. */
enum { GROUND, ESCAPE, CSI, OSC, OSC_ESCAPE, CHARSET };

static void touch(struct vt *vt, int row)
{
	vt->dirty |= 1u << row;
}

static void clear_cells(struct vt *vt, int row, int from, int to)
{
	for (; from < to; from++) {
		vt->cell[row][from].ch = ' ';
		vt->cell[row][from].attr = vt->attr & ~(VT_BOLD | VT_REVERSE);
	}
	touch(vt, row);
}

void vt_init(struct vt *vt, int cols, int rows)
{
	int r;

	memset(vt, 0, sizeof(*vt));
	vt->cols = cols > VT_MAX_COLS ? VT_MAX_COLS : cols;
	vt->rows = rows > VT_MAX_ROWS ? VT_MAX_ROWS : rows;
	vt->attr = VT_DEFAULT_ATTR;
	vt->cursor_visible = 1;
	vt->autowrap = 1;
	vt->bottom = vt->rows - 1;
	for (r = 0; r < vt->rows; r++)
		clear_cells(vt, r, 0, vt->cols);
}

/* Move rows [top, bottom] up (n > 0) or down (n < 0) by |n|. */
static void scroll(struct vt *vt, int top, int bottom, int n)
{
	int r, height = bottom - top + 1;

	if (n > height)
		n = height;
	if (n < -height)
		n = -height;
	if (n > 0) {
		for (r = top; r <= bottom - n; r++)
			memcpy(vt->cell[r], vt->cell[r + n], sizeof(vt->cell[r]));
		for (r = bottom - n + 1; r <= bottom; r++)
			clear_cells(vt, r, 0, vt->cols);
	} else if (n < 0) {
		for (r = bottom; r >= top - n; r--)
			memcpy(vt->cell[r], vt->cell[r + n], sizeof(vt->cell[r]));
		for (r = top; r < top - n; r++)
			clear_cells(vt, r, 0, vt->cols);
	}
	for (r = top; r <= bottom; r++)
		touch(vt, r);
}

static void line_feed(struct vt *vt)
{
	if (vt->y == vt->bottom)
		scroll(vt, vt->top, vt->bottom, 1);
	else if (vt->y < vt->rows - 1)
		vt->y++;
}

static void reverse_index(struct vt *vt)
{
	if (vt->y == vt->top)
		scroll(vt, vt->top, vt->bottom, -1);
	else if (vt->y > 0)
		vt->y--;
}

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void move_to(struct vt *vt, int x, int y)
{
	touch(vt, vt->y);
	vt->x = clamp(x, 0, vt->cols - 1);
	vt->y = clamp(y, 0, vt->rows - 1);
	vt->wrap_pending = 0;
	touch(vt, vt->y);
}

static void put_char(struct vt *vt, unsigned char c)
{
	struct vt_cell *cell;

	if (vt->wrap_pending) {
		vt->x = 0;
		line_feed(vt);
		vt->wrap_pending = 0;
	}
	cell = &vt->cell[vt->y][vt->x];
	cell->ch = c;
	cell->attr = vt->attr;
	touch(vt, vt->y);
	if (vt->x < vt->cols - 1)
		vt->x++;
	else if (vt->autowrap)
		vt->wrap_pending = 1;
}

static void control(struct vt *vt, unsigned char c)
{
	switch (c) {
	case '\r':
		move_to(vt, 0, vt->y);
		break;
	case '\n': case '\v': case '\f':
		touch(vt, vt->y);
		line_feed(vt);
		vt->wrap_pending = 0;
		touch(vt, vt->y);
		break;
	case '\b':
		move_to(vt, vt->x - 1, vt->y);
		break;
	case '\t':
		move_to(vt, (vt->x | 7) + 1, vt->y);
		break;
	}
}

static int param(const struct vt *vt, int i, int fallback)
{
	return i < vt->nparams && vt->params[i] > 0 ? vt->params[i] : fallback;
}

static void erase_display(struct vt *vt, int mode)
{
	int r;

	if (mode == 0) {
		clear_cells(vt, vt->y, vt->x, vt->cols);
		for (r = vt->y + 1; r < vt->rows; r++)
			clear_cells(vt, r, 0, vt->cols);
	} else if (mode == 1) {
		for (r = 0; r < vt->y; r++)
			clear_cells(vt, r, 0, vt->cols);
		clear_cells(vt, vt->y, 0, vt->x + 1);
	} else {
		for (r = 0; r < vt->rows; r++)
			clear_cells(vt, r, 0, vt->cols);
	}
}

static void erase_line(struct vt *vt, int mode)
{
	if (mode == 0)
		clear_cells(vt, vt->y, vt->x, vt->cols);
	else if (mode == 1)
		clear_cells(vt, vt->y, 0, vt->x + 1);
	else
		clear_cells(vt, vt->y, 0, vt->cols);
}

/* Delete (n > 0) or insert (n < 0) |n| cells at the cursor. */
static void shift_cells(struct vt *vt, int n)
{
	struct vt_cell *row = vt->cell[vt->y];
	int x = vt->x, left = vt->cols - x;

	if (n > left)
		n = left;
	if (n < -left)
		n = -left;
	if (n > 0) {
		memmove(row + x, row + x + n, (left - n) * sizeof(*row));
		clear_cells(vt, vt->y, vt->cols - n, vt->cols);
	} else if (n < 0) {
		memmove(row + x - n, row + x, (left + n) * sizeof(*row));
		clear_cells(vt, vt->y, x, x - n);
	}
}

static void set_rendition(struct vt *vt)
{
	int i, p;

	if (vt->nparams == 0)
		vt->nparams = 1;	/* CSI m is CSI 0 m */
	for (i = 0; i < vt->nparams; i++) {
		p = vt->params[i];
		if (p == 0)
			vt->attr = VT_DEFAULT_ATTR;
		else if (p == 1)
			vt->attr |= VT_BOLD;
		else if (p == 7)
			vt->attr |= VT_REVERSE;
		else if (p == 22)
			vt->attr &= ~VT_BOLD;
		else if (p == 27)
			vt->attr &= ~VT_REVERSE;
		else if (p >= 30 && p <= 37)
			vt->attr = (vt->attr & ~7) | (p - 30);
		else if (p == 39)
			vt->attr = (vt->attr & ~7) | VT_FG(VT_DEFAULT_ATTR);
		else if (p >= 40 && p <= 47)
			vt->attr = (vt->attr & ~(7 << 3)) | (p - 40) << 3;
		else if (p == 49)
			vt->attr = (vt->attr & ~(7 << 3)) |
				   VT_BG(VT_DEFAULT_ATTR) << 3;
	}
}

static void set_mode(struct vt *vt, int on)
{
	if (!vt->private_mode)
		return;
	if (param(vt, 0, 0) == 25) {
		vt->cursor_visible = on;
		touch(vt, vt->y);
	} else if (param(vt, 0, 0) == 7) {
		vt->autowrap = on;
	}
}

static void set_region(struct vt *vt)
{
	int top = param(vt, 0, 1) - 1, bottom = param(vt, 1, vt->rows) - 1;

	if (top < bottom && bottom < vt->rows) {
		vt->top = top;
		vt->bottom = bottom;
		move_to(vt, 0, 0);
	}
}

static void report_position(struct vt *vt)
{
	if (param(vt, 0, 0) != 6)
		return;
	vt->reply_len = snprintf(vt->reply, sizeof(vt->reply), "\033[%d;%dR",
				 vt->y + 1, vt->x + 1);
}

static void save_cursor(struct vt *vt)
{
	vt->saved_x = vt->x;
	vt->saved_y = vt->y;
	vt->saved_attr = vt->attr;
}

static void restore_cursor(struct vt *vt)
{
	move_to(vt, vt->saved_x, vt->saved_y);
	vt->attr = vt->saved_attr;
}

static void csi_dispatch(struct vt *vt, unsigned char final)
{
	int n = param(vt, 0, 1);

	switch (final) {
	case 'A': move_to(vt, vt->x, vt->y - n); break;
	case 'B': move_to(vt, vt->x, vt->y + n); break;
	case 'C': move_to(vt, vt->x + n, vt->y); break;
	case 'D': move_to(vt, vt->x - n, vt->y); break;
	case 'E': move_to(vt, 0, vt->y + n); break;
	case 'F': move_to(vt, 0, vt->y - n); break;
	case 'G': move_to(vt, n - 1, vt->y); break;
	case 'd': move_to(vt, vt->x, n - 1); break;
	case 'H': case 'f': move_to(vt, param(vt, 1, 1) - 1, n - 1); break;
	case 'J': erase_display(vt, param(vt, 0, 0)); break;
	case 'K': erase_line(vt, param(vt, 0, 0)); break;
	case 'L':
		if (vt->y >= vt->top && vt->y <= vt->bottom)
			scroll(vt, vt->y, vt->bottom, -n);
		break;
	case 'M':
		if (vt->y >= vt->top && vt->y <= vt->bottom)
			scroll(vt, vt->y, vt->bottom, n);
		break;
	case 'P': shift_cells(vt, n); break;
	case '@': shift_cells(vt, -n); break;
	case 'X':
		clear_cells(vt, vt->y, vt->x, clamp(vt->x + n, 0, vt->cols));
		break;
	case 'r': set_region(vt); break;
	case 'm': set_rendition(vt); break;
	case 'h': set_mode(vt, 1); break;
	case 'l': set_mode(vt, 0); break;
	case 's': save_cursor(vt); break;
	case 'u': restore_cursor(vt); break;
	case 'n': report_position(vt); break;
	}
}

static void escape_dispatch(struct vt *vt, unsigned char c)
{
	vt->state = GROUND;
	switch (c) {
	case '[':
		vt->state = CSI;
		vt->nparams = 0;
		vt->private_mode = 0;
		memset(vt->params, 0, sizeof(vt->params));
		break;
	case ']': vt->state = OSC; break;
	case '(': case ')': vt->state = CHARSET; break;
	case '7': save_cursor(vt); break;
	case '8': restore_cursor(vt); break;
	case 'M': reverse_index(vt); break;
	case 'D': line_feed(vt); break;
	case 'E': move_to(vt, 0, vt->y); line_feed(vt); break;
	case 'c': vt_init(vt, vt->cols, vt->rows); break;
	}
}

static void csi_byte(struct vt *vt, unsigned char c)
{
	if (c >= '0' && c <= '9') {
		if (vt->nparams == 0)
			vt->nparams = 1;
		if (vt->params[vt->nparams - 1] < 10000)
			vt->params[vt->nparams - 1] =
				vt->params[vt->nparams - 1] * 10 + c - '0';
	} else if (c == ';') {
		if (vt->nparams == 0)
			vt->nparams = 1;
		if (vt->nparams < VT_MAX_PARAMS)
			vt->nparams++;
	} else if (c == '?') {
		vt->private_mode = 1;
	} else if (c >= 0x40 && c <= 0x7e) {
		csi_dispatch(vt, c);
		vt->state = GROUND;
	} else if (c < 0x20) {
		control(vt, c);
	}
	/* other intermediates are ignored until the final byte */
}

void vt_write(struct vt *vt, const char *buf, int len)
{
	unsigned char c;
	int i;

	for (i = 0; i < len; i++) {
		c = buf[i];
		if (vt->state == OSC) {
			/* ends with BEL or ESC \ */
			if (c == 0x07)
				vt->state = GROUND;
			else if (c == 0x1b)
				vt->state = OSC_ESCAPE;
		} else if (vt->state == OSC_ESCAPE) {
			vt->state = c == '\\' ? GROUND : OSC;
		} else if (vt->state == CHARSET) {
			vt->state = GROUND;
		} else if (c == 0x1b) {
			vt->state = ESCAPE;
		} else if (c == 0x18 || c == 0x1a) {
			vt->state = GROUND;	/* CAN, SUB cancel a sequence */
		} else if (vt->state == ESCAPE) {
			escape_dispatch(vt, c);
		} else if (vt->state == CSI) {
			csi_byte(vt, c);
		} else if (c < 0x20 || c == 0x7f) {
			control(vt, c);
		} else {
			put_char(vt, c);
		}
	}
}
