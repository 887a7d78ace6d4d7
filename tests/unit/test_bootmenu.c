// SPDX-License-Identifier: MIT
/*
 * The boot menu's logic on the host: the list's rules (menu.c), text
 * drawing with the font (draw.c), and reading the font source (mkfont).
 */
#include <stdio.h>
#include <string.h>

#include "../../bootmenu/choice.h"
#include "../../bootmenu/draw.h"
#include "../../bootmenu/fmt.h"
#include "../../bootmenu/font8x8.h"
#include "../../bootmenu/menu.h"
#include "../../bootmenu/pad.h"
#include "../../tools/mkfont/font.h"
#include "check.h"

static void test_countdown(void)
{
	struct menu m;
	int frame;

	menu_init(&m, 3, 1, 1, 10);
	for (frame = 1; frame < 10; frame++)
		CHECK_EQ(menu_update(&m, 0), MENU_NONE);
	CHECK_EQ(menu_update(&m, 0), MENU_LAUNCH);
	CHECK_EQ(m.cursor, 1);

	/* PAL: 3 s are 150 fields, shown as whole seconds rounded up. */
	menu_init(&m, 3, 1, 3, 50);
	CHECK_EQ(m.countdown, 150);
	CHECK_EQ(menu_seconds_left(&m), 3);
	for (frame = 0; frame < 101; frame++)
		menu_update(&m, 0);
	CHECK_EQ(menu_seconds_left(&m), 1);

	/* Any button stops it for good, even one the list ignores. */
	menu_init(&m, 3, 1, 1, 10);
	menu_update(&m, PAD_Z);
	CHECK_EQ(m.countdown, 0);
	for (frame = 0; frame < 20; frame++)
		CHECK_EQ(menu_update(&m, 0), MENU_NONE);
}

static void test_moving(void)
{
	struct menu m;

	menu_init(&m, 3, 0, 0, 60);
	menu_update(&m, PAD_DOWN);
	CHECK_EQ(m.cursor, 1);
	menu_update(&m, 0);
	menu_update(&m, PAD_DOWN);
	CHECK_EQ(m.cursor, 2);
	menu_update(&m, 0);
	menu_update(&m, PAD_DOWN);
	CHECK_EQ(m.cursor, 0);		/* wraps */
	menu_update(&m, 0);
	menu_update(&m, PAD_UP);
	CHECK_EQ(m.cursor, 2);		/* and back */
}

static void test_repeat(void)
{
	struct menu m;
	int frame, moves = 0, last = 0;

	menu_init(&m, 100, 0, 0, 60);
	/* Held for the delay plus three repeat periods: 1 + 3 moves... */
	for (frame = 0; frame <= MENU_REPEAT_DELAY + 3 * MENU_REPEAT_EVERY; frame++) {
		menu_update(&m, PAD_DOWN);
		if (m.cursor != last)
			moves++;
		last = m.cursor;
	}
	/* ...and the press itself: 1 + the repeat at the delay + 3. */
	CHECK_EQ(moves, 5);
}

static void test_launch(void)
{
	struct menu m;

	menu_init(&m, 3, 2, 0, 60);
	menu_update(&m, PAD_UP);
	menu_update(&m, 0);
	CHECK_EQ(menu_update(&m, PAD_A), MENU_LAUNCH);
	CHECK_EQ(m.cursor, 1);
	/* Holding A does not launch again. */
	CHECK_EQ(menu_update(&m, PAD_A), MENU_NONE);
	menu_update(&m, 0);
	CHECK_EQ(menu_update(&m, PAD_START), MENU_LAUNCH);
	CHECK_EQ(m.cursor, 2);		/* Start means the default */

	menu_init(&m, 0, 0, 0, 60);
	CHECK_EQ(menu_update(&m, PAD_A), MENU_NONE);	/* empty list */
}

static uint16_t fb[DRAW_WIDTH * DRAW_HEIGHT];

static int ink_in(int x, int y, int w, int h, uint16_t color)
{
	int i, j, n = 0;

	for (j = y; j < y + h; j++)
		for (i = x; i < x + w; i++)
			n += fb[j * DRAW_WIDTH + i] == color;
	return n;
}

static void test_text(void)
{
	const uint16_t ink = DRAW_RGB(255, 255, 255);
	const unsigned char *a = font8x8['A' - FONT8X8_FIRST];
	int r, c, same = 1;

	memset(fb, 0, sizeof(fb));
	CHECK_EQ(draw_text(fb, 16, 8, "A", ink), 24);
	for (r = 0; r < 8; r++)
		for (c = 0; c < 8; c++)
			same &= (fb[(8 + r) * DRAW_WIDTH + 16 + c] == ink) ==
				!!(a[r] & (0x80 >> c));
	CHECK(same);
	CHECK_EQ(ink_in(0, 0, DRAW_WIDTH, DRAW_HEIGHT, ink),
		 ink_in(16, 8, 8, 8, ink));

	/* A character outside the font draws as '?'. */
	memset(fb, 0, sizeof(fb));
	draw_text(fb, 0, 0, "\x01", ink);
	CHECK(ink_in(0, 0, 8, 8, ink) > 0);
	CHECK_EQ(fb[0 * DRAW_WIDTH + 1] == ink,
		 !!(font8x8['?' - FONT8X8_FIRST][0] & 0x40));

	/* Text stops at the right edge, rectangles clip. */
	memset(fb, 0, sizeof(fb));
	CHECK_EQ(draw_text(fb, DRAW_WIDTH - 12, 0, "WW", ink), DRAW_WIDTH - 4);
	draw_rect(fb, -5, DRAW_HEIGHT - 2, 10, 10, ink);
	CHECK_EQ(ink_in(0, 0, DRAW_WIDTH, DRAW_HEIGHT, ink) -
		 ink_in(DRAW_WIDTH - 12, 0, 8, 8, ink), 5 * 2);
	CHECK_EQ(DRAW_RGB(255, 0, 0), 0xf801);
}

static void test_font_source(void)
{
	static uint8_t glyphs[FONT_GLYPHS][FONT_ROWS];
	static char text[FONT_GLYPHS * 96 + 64];
	char err[96], *p;
	int i;

	/* A complete font: every glyph a box outline. */
	p = text;
	for (i = FONT_FIRST; i <= FONT_LAST; i++)
		p += sprintf(p, "glyph 0x%02x\n########\n#......#\n#......#\n"
			     "#......#\n#......#\n#......#\n#......#\n########\n", i);
	CHECK_EQ(font_parse(text, glyphs, err, sizeof(err)), 0);
	CHECK_EQ(glyphs[0][0], 0xff);
	CHECK_EQ(glyphs[FONT_GLYPHS - 1][1], 0x81);

	/* A row of the wrong width names its line. */
	text[strlen("glyph 0x20\n") + 3] = '\n';
	CHECK_EQ(font_parse(text, glyphs, err, sizeof(err)), -1);
	CHECK(strstr(err, "line 2") != NULL);

	CHECK_EQ(font_parse("glyph 0x20\n........\n", glyphs, err, sizeof(err)), -1);
	CHECK(strstr(err, "rows") != NULL);
	CHECK_EQ(font_parse("glyph 0x7f\n", glyphs, err, sizeof(err)), -1);
	CHECK(strstr(err, "0x20 to 0x7e") != NULL);
	CHECK_EQ(font_parse("# only a comment\n", glyphs, err, sizeof(err)), -1);
	CHECK(strstr(err, "missing") != NULL);
	CHECK_EQ(font_parse("glyph 0x20\n....x...\n", glyphs, err, sizeof(err)), -1);
	CHECK_EQ(font_parse("glif 0x20\n", glyphs, err, sizeof(err)), -1);
}

/*
 * A valid TOC with a stage and entries "a", "b", "c" (SYSINFO kind, which
 * needs no parts), built with the format's own constants.
 */
static uint32_t make_toc(uint8_t *buf, struct toc *toc)
{
	static const char strings[] = "stage\0a\0b\0c\0A\0B\0C\0";
	uint32_t parts = TOC_HEADER_SIZE, entries = parts + TOC_PART_SIZE;
	uint32_t str = entries + 3 * TOC_ENTRY_SIZE, size = str + sizeof(strings);
	uint32_t i;

	memset(buf, 0, size);
	memcpy(buf, TOC_MAGIC, TOC_MAGIC_LEN);
	toc_wr32(buf + TOC_H_VERSION, TOC_VERSION);
	toc_wr32(buf + TOC_H_SIZE, size);
	toc_wr32(buf + TOC_H_PART_COUNT, 1);
	toc_wr32(buf + TOC_H_ENTRY_COUNT, 3);
	toc_wr32(buf + TOC_H_STRINGS, str);
	toc_wr32(buf + TOC_H_STAGE_SIZE, 16);
	toc_wr32(buf + parts + TOC_P_TYPE, TOC_PART_STAGE);
	toc_wr32(buf + parts + TOC_P_ROM_OFFSET, TOC_ROM_STAGE_OFFSET);
	toc_wr32(buf + parts + TOC_P_SIZE, 16);
	toc_wr32(buf + parts + TOC_P_LOAD_ADDR, TOC_LOAD_MIN);
	toc_wr32(buf + parts + TOC_P_MEM_SIZE, 16);
	toc_wr32(buf + parts + TOC_P_ENTRY, TOC_LOAD_MIN);
	for (i = 0; i < 3; i++) {
		uint8_t *e = buf + entries + i * TOC_ENTRY_SIZE;

		toc_wr32(e + TOC_E_KIND, TOC_ENTRY_SYSINFO);
		toc_wr16(e + TOC_E_MAIN_PART, TOC_NO_PART);
		toc_wr16(e + TOC_E_INITRAMFS_PART, TOC_NO_PART);
		toc_wr16(e + TOC_E_CARTFS_PART, TOC_NO_PART);
		toc_wr16(e + TOC_E_ICON_PART, TOC_NO_PART);
		toc_wr32(e + TOC_E_ID, 6 + 2 * i);	/* "a", "b", "c" */
		toc_wr32(e + TOC_E_TITLE, 12 + 2 * i);
		toc_wr32(e + TOC_E_DESCRIPTION, 5);	/* "" */
		toc_wr32(e + TOC_E_CMDLINE, 5);
	}
	memcpy(buf + str, strings, sizeof(strings));
	toc_wr32(buf + TOC_H_CRC32, toc_checksum(buf, size));
	return toc_parse(toc, buf, size, 0x200000);
}

static void test_choice(void)
{
	static uint8_t buf[512];
	uint8_t block[CHOICE_BYTES];
	struct toc toc;

	CHECK_EQ(make_toc(buf, &toc), TOC_OK);
	choice_encode(&toc, 2, block);
	CHECK_EQ(choice_decode(&toc, block), 2);
	choice_encode(&toc, 0, block);
	CHECK_EQ(choice_decode(&toc, block), 0);

	/* A blank EEPROM and another program's save mean "none". */
	memset(block, 0xff, sizeof(block));
	CHECK_EQ(choice_decode(&toc, block), -1);
	memcpy(block, "SAVEGAME", CHOICE_BYTES);
	CHECK_EQ(choice_decode(&toc, block), -1);

	/* An entry the ROM no longer has is forgotten, not mapped to another. */
	choice_encode(&toc, 1, block);
	block[7] ^= 1;
	CHECK_EQ(choice_decode(&toc, block), -1);
}

static void test_fmt(void)
{
	char buf[16], *p;

	p = fmt_str(buf, buf + sizeof(buf), "mem=");
	p = fmt_dec(p, buf + sizeof(buf), 8192);
	CHECK(strcmp(buf, "mem=8192") == 0);
	CHECK_EQ(p - buf, 8);
	fmt_hex(buf, buf + sizeof(buf), 0x802ad000, 8);
	CHECK(strcmp(buf, "0x802ad000") == 0);
	fmt_hex(buf, buf + sizeof(buf), 0x3f, 2);
	CHECK(strcmp(buf, "0x3f") == 0);
	fmt_dec(buf, buf + sizeof(buf), 0);
	CHECK(strcmp(buf, "0") == 0);
	fmt_dec(buf, buf + sizeof(buf), 4294967295u);
	CHECK(strcmp(buf, "4294967295") == 0);

	/* Never past the end, always terminated. */
	p = fmt_str(buf, buf + 6, "truncated");
	CHECK(strcmp(buf, "trunc") == 0);
	CHECK_EQ(p - buf, 5);
	p = fmt_dec(buf, buf + 4, 123456);
	CHECK(strcmp(buf, "123") == 0);
	fmt_hex(buf, buf + 5, 0xabcdef, 6);
	CHECK(strcmp(buf, "0xab") == 0);
}

int main(void)
{
	test_countdown();
	test_moving();
	test_repeat();
	test_launch();
	test_text();
	test_font_source();
	test_choice();
	test_fmt();
	return check_summary();
}
