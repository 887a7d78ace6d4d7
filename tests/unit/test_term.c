// SPDX-License-Identifier: MIT
/* lin64-term's screen model (vt.c) and on-screen keyboard (osk.c). */
#include <string.h>

#include "check.h"
#include "lin64/pad.h"
#include "osk.h"
#include "vt.h"

static struct vt vt;

static void feed(const char *s)
{
	vt_write(&vt, s, strlen(s));
}

/* Row @y as text, trailing blanks dropped. */
static const char *row(int y)
{
	static char text[VT_MAX_COLS + 1];
	int x, end = 0;

	for (x = 0; x < vt.cols; x++) {
		text[x] = vt.cell[y][x].ch;
		if (text[x] != ' ')
			end = x + 1;
	}
	text[end] = '\0';
	return text;
}

static void test_text(void)
{
	vt_init(&vt, 10, 4);
	feed("ab\r\ncd\tX");
	CHECK(!strcmp(row(0), "ab"));
	CHECK(!strcmp(row(1), "cd      X"));
	CHECK_EQ(vt.x, 9);
	/* the last column leaves the wrap pending: CR still returns on this row */
	feed("\rY");
	CHECK(!strcmp(row(1), "Yd      X"));
	feed("\b\bZ");
	CHECK(!strcmp(row(1), "Zd      X"));
	/* wrap at the right edge, then scroll at the bottom */
	vt_init(&vt, 4, 2);
	feed("abcdefgh");
	CHECK(!strcmp(row(0), "abcd"));
	CHECK(!strcmp(row(1), "efgh"));
	feed("i");
	CHECK(!strcmp(row(0), "efgh"));
	CHECK(!strcmp(row(1), "i"));
	/* bytes outside ASCII are kept as cells, never crash */
	feed("\xff");
	CHECK_EQ(vt.cell[1][1].ch, 0xff);
}

static void test_csi(void)
{
	vt_init(&vt, 10, 5);
	feed("\033[3;4HX");
	CHECK_EQ(vt.cell[2][3].ch, 'X');
	feed("\033[H\033[2B\033[5CY");
	CHECK_EQ(vt.cell[2][5].ch, 'Y');
	feed("\033[99;99HZ");	/* clamped to the corner */
	CHECK_EQ(vt.cell[4][9].ch, 'Z');
	feed("\033[2J");
	CHECK(!strcmp(row(2), ""));
	CHECK(!strcmp(row(4), ""));
	feed("\033[1;1Hhello\033[1;3H\033[K");
	CHECK(!strcmp(row(0), "he"));
	feed("\033[1;1Habcdef\033[1;2H\033[2P");
	CHECK(!strcmp(row(0), "adef"));
	feed("\033[2@");
	CHECK(!strcmp(row(0), "a  def"));
	feed("\033[1;1H\033[1K");
	CHECK(!strcmp(row(0), "   def"));
	/* attributes */
	feed("\033[H\033[1;31;44mR\033[0mN");
	CHECK_EQ(vt.cell[0][0].attr, VT_BOLD | 1 | 4 << 3);
	CHECK_EQ(vt.cell[0][1].attr, VT_DEFAULT_ATTR);
	feed("\033[7mV\033[27m");
	CHECK_EQ(vt.cell[0][2].attr, VT_DEFAULT_ATTR | VT_REVERSE);
	/* the cursor position report */
	feed("\033[2;3H\033[6n");
	CHECK_EQ(vt.reply_len, 6);
	CHECK(!memcmp(vt.reply, "\033[2;3R", 6));
	feed("\033[?25l");
	CHECK_EQ(vt.cursor_visible, 0);
	/* unknown sequences are swallowed whole */
	feed("\033[1;1H\033[>5q\033]0;title\007\033]2;t\033\\\033(Bok");
	CHECK_EQ(vt.cell[0][0].ch, 'o');
}

static void test_scroll_region(void)
{
	vt_init(&vt, 4, 4);
	feed("0\r\n1\r\n2\r\n3");
	feed("\033[2;3r");	/* rows 2-3 scroll, cursor home */
	CHECK_EQ(vt.y, 0);
	feed("\033[3;1H\n");	/* a line feed at the region's bottom */
	CHECK(!strcmp(row(0), "0"));
	CHECK(!strcmp(row(1), "2"));
	CHECK(!strcmp(row(2), ""));
	CHECK(!strcmp(row(3), "3"));
	feed("\033[2;1H\033M");	/* reverse index at its top */
	CHECK(!strcmp(row(1), ""));
	CHECK(!strcmp(row(2), "2"));
	CHECK(!strcmp(row(3), "3"));
	feed("\033[r\033[1;1H\033[L");	/* insert a line with the full region */
	CHECK(!strcmp(row(0), ""));
	CHECK(!strcmp(row(1), "0"));
	feed("\033[M");
	CHECK(!strcmp(row(0), "0"));
	/* a region that makes no sense is ignored */
	feed("\033[3;2r");
	CHECK_EQ(vt.top, 0);
	CHECK_EQ(vt.bottom, 3);
}

static void test_dirty(void)
{
	vt_init(&vt, 4, 4);
	CHECK_EQ(vt.dirty, 0xf);
	feed("\033[3;1H");
	vt_clean(&vt);
	feed("x");
	CHECK(vt.dirty & 1u << 2);
	CHECK(!(vt.dirty & 1u << 0));
}

static int type(struct osk *osk, uint32_t button, char *out)
{
	int n = osk_press(osk, button, out);

	out[n] = '\0';
	return n;
}

static void test_osk(void)
{
	struct osk osk;
	char out[OSK_OUT_MAX + 1];

	osk_init(&osk);
	CHECK_EQ(type(&osk, PAD_A, out), 1);
	CHECK(!strcmp(out, "q"));
	type(&osk, PAD_RIGHT, out);
	type(&osk, PAD_Z, out);		/* shift, one shot */
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "W"));
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "w"));
	type(&osk, PAD_Z, out);		/* twice: caps lock */
	type(&osk, PAD_Z, out);
	type(&osk, PAD_A, out);
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "W"));
	type(&osk, PAD_Z, out);		/* a third time: off */
	type(&osk, PAD_UP, out);	/* the digits row: '2' */
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "2"));
	type(&osk, PAD_R, out);		/* ctrl + c */
	type(&osk, PAD_DOWN, out);
	type(&osk, PAD_DOWN, out);
	type(&osk, PAD_DOWN, out);
	type(&osk, PAD_RIGHT, out);
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "\003"));
	/* moving left from the first key wraps to the last of the row */
	osk_init(&osk);
	type(&osk, PAD_LEFT, out);
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "p"));
	/* the bottom row's wide keys: Enter is two units, past Backspace */
	type(&osk, PAD_UP, out);
	type(&osk, PAD_UP, out);
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "\r"));
	type(&osk, PAD_LEFT, out);
	type(&osk, PAD_A, out);
	CHECK(!strcmp(out, "\177"));
	/* fixed buttons */
	CHECK_EQ(type(&osk, PAD_START, out), 1);
	CHECK(!strcmp(out, "\r"));
	type(&osk, PAD_C_UP, out);
	CHECK(!strcmp(out, "\033[A"));
	type(&osk, PAD_L, out);
	CHECK_EQ(osk.layer, OSK_SYMBOLS);
	type(&osk, PAD_L, out);
	CHECK_EQ(osk.layer, OSK_LETTERS);
}

/* The planner's presses, replayed, type exactly the text. */
static void test_plan(void)
{
	static const char *const texts[] = {
		"echo lin64-ok\r", "ls -l /usr/bin | grep \"lin64\"\r",
		"A~b_C{}", "kill $PPID\r",
	};
	uint32_t presses[1024];
	struct osk osk, replay;
	char typed[128];
	unsigned t;
	int n, i, len;

	for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
		osk_init(&osk);
		replay = osk;
		n = osk_plan(&osk, texts[t], presses, 1024);
		CHECK(n > 0);
		for (i = 0, len = 0; i < n; i++)
			len += osk_press(&replay, presses[i], typed + len);
		typed[len] = '\0';
		if (!CHECK(!strcmp(typed, texts[t])))
			fprintf(stderr, "    typed \"%s\"\n", typed);
		CHECK(!memcmp(&osk, &replay, sizeof(osk)));
	}
	osk_init(&osk);
	CHECK_EQ(osk_plan(&osk, "\x01", presses, 1024), -1);
	CHECK_EQ(osk_plan(&osk, "echo", presses, 2), -1);
}

int main(void)
{
	test_text();
	test_csi();
	test_scroll_region();
	test_dirty();
	test_osk();
	test_plan();
	return check_summary();
}
