// SPDX-License-Identifier: MIT
#include "draw.h"
#include "fmt.h"
#include "ui.h"

#define BACKGROUND	DRAW_RGB(16, 24, 48)
#define TEXT		DRAW_RGB(232, 232, 232)
#define DIM		DRAW_RGB(140, 150, 170)
#define HIGHLIGHT	DRAW_RGB(48, 96, 176)
#define ACCENT		DRAW_RGB(255, 200, 64)
#define ERROR		DRAW_RGB(255, 96, 96)

/* Leave a border: TVs hide the outermost pixels. */
#define LEFT		24
#define TOP		16
#define LINE		12
#define LIST_TOP	(TOP + 3 * LINE)
#define LIST_ROWS	10

static void draw_header(uint16_t *fb, const char *subtitle)
{
	draw_rect(fb, 0, 0, DRAW_WIDTH, DRAW_HEIGHT, BACKGROUND);
	draw_text(fb, LEFT, TOP, "Lin64", ACCENT);
	draw_text(fb, LEFT + 8 * 7, TOP, subtitle, DIM);
	draw_rect(fb, LEFT, TOP + LINE, DRAW_WIDTH - 2 * LEFT, 1, DIM);
}

static void draw_footer(uint16_t *fb, const char *text)
{
	draw_rect(fb, LEFT, DRAW_HEIGHT - TOP - LINE - 2, DRAW_WIDTH - 2 * LEFT, 1,
		  DIM);
	draw_text(fb, LEFT, DRAW_HEIGHT - TOP - LINE + 2, text, DIM);
}

void ui_draw_list(uint16_t *fb, const struct toc *toc, const struct menu *m)
{
	struct toc_entry e;
	char line[48], *p;
	int first = m->cursor >= LIST_ROWS ? m->cursor - LIST_ROWS + 1 : 0;
	int i, y;

	draw_header(fb, "choose what to start");
	for (i = first; i < m->count && i < first + LIST_ROWS; i++) {
		y = LIST_TOP + (i - first) * LINE;
		toc_get_entry(toc, i, &e);
		if (i == m->cursor)
			draw_rect(fb, LEFT - 4, y - 2, DRAW_WIDTH - 2 * LEFT + 8,
				  LINE, HIGHLIGHT);
		draw_text(fb, LEFT, y, e.title, TEXT);
	}

	toc_get_entry(toc, m->cursor, &e);
	y = LIST_TOP + LIST_ROWS * LINE + LINE / 2;
	draw_text(fb, LEFT, y, e.description, DIM);

	if (m->countdown) {
		toc_get_entry(toc, m->default_index, &e);
		p = fmt_str(line, line + sizeof(line), "Starting ");
		p = fmt_str(p, line + sizeof(line), e.title);
		p = fmt_str(p, line + sizeof(line), " in ");
		p = fmt_dec(p, line + sizeof(line), menu_seconds_left(m));
		fmt_str(p, line + sizeof(line), " s");
		draw_text(fb, LEFT, y + LINE + 4, line, ACCENT);
	}
	draw_footer(fb, "A start    Start default");
}

void ui_draw_message(uint16_t *fb, const char *title, const char *line1,
		     const char *line2, int can_go_back)
{
	draw_header(fb, "");
	draw_text(fb, LEFT, LIST_TOP, title, ERROR);
	draw_text(fb, LEFT, LIST_TOP + 2 * LINE, line1, TEXT);
	draw_text(fb, LEFT, LIST_TOP + 3 * LINE, line2, TEXT);
	if (can_go_back)
		draw_footer(fb, "B back");
}

static const char *tv_name(uint32_t tv_type)
{
	switch (tv_type) {
	case 0:
		return "PAL";
	case 1:
		return "NTSC";
	case 2:
		return "MPAL";
	}
	return "unknown";
}

void ui_draw_sysinfo(uint16_t *fb, const struct toc *toc,
		     const struct boot_info *info,
		     const struct pad_state pads[PAD_PORTS])
{
	char line[48], *p, *end = line + sizeof(line);
	int port, y = LIST_TOP;

	draw_header(fb, "system information");

	p = fmt_str(line, end, "RAM        ");
	p = fmt_dec(p, end, info->mem_size / 1024);
	fmt_str(p, end, " KiB");
	draw_text(fb, LEFT, y, line, TEXT);

	p = fmt_str(line, end, "TV         ");
	fmt_str(p, end, tv_name(info->tv_type));
	draw_text(fb, LEFT, y += LINE, line, TEXT);

	p = fmt_str(line, end, "CIC seed   ");
	fmt_hex(p, end, info->cic_seed, 2);
	draw_text(fb, LEFT, y += LINE, line, TEXT);

	p = fmt_str(line, end, "ROM build  ");
	fmt_str(p, end, toc->build_id);
	draw_text(fb, LEFT, y += LINE, line, TEXT);

	y += LINE;
	for (port = 0; port < PAD_PORTS; port++) {
		p = fmt_str(line, end, "Port ");
		p = fmt_dec(p, end, port + 1);
		p = fmt_str(p, end, "     ");
		fmt_str(p, end, pads[port].present ? "controller" : "-");
		draw_text(fb, LEFT, y += LINE, line, TEXT);
	}
	draw_footer(fb, "B back");
}
