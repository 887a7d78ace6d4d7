// SPDX-License-Identifier: MIT
/*
 * lin64-term: a terminal on the framebuffer, typed on with the joypad.
 *
 * The top of the screen is a 40x21 VT100 (vt.c) on a pseudo-terminal
 * running a login shell (or the program named on the command line); the
 * bottom is the on-screen keyboard (osk.c).  What the shell writes is
 * also copied to our standard output, the IS-Viewer console on the N64,
 * so a session can be followed (and tested) from outside.
 *
 * Exits with the shell's status when the shell ends.
 */
#define _XOPEN_SOURCE 600
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "lin64/fb.h"
#include "lin64/pad.h"
#include "osk.h"
#include "procinfo.h"
#include "vt.h"

#define TERM_COLS	40
#define TERM_ROWS	21
#define KEY_W		32	/* one unit of the keyboard, in pixels */
#define KEY_H		13
/* Under the text, clear of the last lines of the 240 that NTSC's
 * 237-line picture (and a TV's overscan) leaves out. */
#define OSK_Y		(TERM_ROWS * FB_FONT_H + 2)
#define FRAME_MS	33

/* The eight ANSI colours, plain and bold. */
static const uint16_t colours[2][8] = {
	{ FB_RGB(0, 0, 0), FB_RGB(170, 0, 0), FB_RGB(0, 170, 0),
	  FB_RGB(170, 85, 0), FB_RGB(0, 0, 170), FB_RGB(170, 0, 170),
	  FB_RGB(0, 170, 170), FB_RGB(200, 200, 200) },
	{ FB_RGB(85, 85, 85), FB_RGB(255, 85, 85), FB_RGB(85, 255, 85),
	  FB_RGB(255, 255, 85), FB_RGB(85, 85, 255), FB_RGB(255, 85, 255),
	  FB_RGB(85, 255, 255), FB_RGB(255, 255, 255) },
};

/*
 * Whether the console copy stopped mid-line.  A terminal killed then
 * ends that line first, so that the next program's console line (the
 * launcher's "launcher: exit ...") starts a line of its own.
 */
static volatile sig_atomic_t console_mid_line;

static void end_console_line(int sig)
{
	if (console_mid_line)
		(void)write(STDOUT_FILENO, "\n", 1);
	signal(sig, SIG_DFL);
	raise(sig);
}

struct term {
	struct fb fb;
	struct pad pad;
	struct vt vt;
	struct osk osk;
	int master;
	pid_t child;
};

static void draw_row(struct term *t, int row)
{
	const struct vt *vt = &t->vt;
	const struct vt_cell *cell;
	uint16_t fg, bg, tmp;
	int col;

	for (col = 0; col < vt->cols; col++) {
		cell = &vt->cell[row][col];
		fg = colours[!!(cell->attr & VT_BOLD)][VT_FG(cell->attr)];
		bg = colours[0][VT_BG(cell->attr)];
		if (!(cell->attr & VT_REVERSE) !=
		    !(vt->cursor_visible && row == vt->y && col == vt->x)) {
			tmp = fg;
			fg = bg;
			bg = tmp;
		}
		fb_glyph(&t->fb, col * FB_FONT_W, row * FB_FONT_H, cell->ch,
			 fg, bg);
	}
}

static void draw_keyboard(struct term *t)
{
	static const uint16_t paper = FB_RGB(40, 40, 60);
	struct osk_key_view key;
	int row, i, x, y, w;
	uint16_t bg, fg;

	fb_fill(&t->fb, 0, OSK_Y - 2, t->fb.width, t->fb.height - OSK_Y + 2,
		FB_RGB(20, 20, 30));
	for (row = 0; row < OSK_ROWS; row++) {
		for (i = 0; osk_key(&t->osk, row, i, &key); i++) {
			x = key.unit * KEY_W + 1;
			y = OSK_Y + row * KEY_H;
			w = key.width * KEY_W - 2;
			bg = key.selected ? FB_RGB(240, 200, 40) :
			     key.active ? FB_RGB(60, 120, 200) : paper;
			fg = key.selected ? FB_RGB(0, 0, 0) : FB_RGB(230, 230, 230);
			fb_fill(&t->fb, x, y, w, KEY_H - 2, bg);
			fb_text(&t->fb, x + (w - (int)strlen(key.label) * FB_FONT_W) / 2,
				y + 2, key.label, fg);
		}
	}
}

static void draw(struct term *t, int keyboard_changed)
{
	int row;

	if (!t->vt.dirty && !keyboard_changed)
		return;
	for (row = 0; row < t->vt.rows; row++)
		if (t->vt.dirty & 1u << row)
			draw_row(t, row);
	vt_clean(&t->vt);
	if (keyboard_changed)
		draw_keyboard(t);
	fb_present(&t->fb);
}

static void write_all(int fd, const char *buf, int len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		buf += n;
		len -= n;
	}
}

/* The shell's side: the slave as its terminal, in a session of its own. */
static void exec_shell(int master, char **argv)
{
	char *slave = ptsname(master);
	int fd;

	setsid();
	fd = slave ? open(slave, O_RDWR) : -1;
	if (fd < 0) {
		perror("lin64-term: open the terminal");
		_exit(127);
	}
	ioctl(fd, TIOCSCTTY, 0);
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	if (fd > 2)
		close(fd);
	close(master);
	setenv("TERM", "vt100", 1);
	execv(argv[0], argv);
	fprintf(stderr, "lin64-term: exec %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static int start_shell(struct term *t, char **argv)
{
	struct winsize ws = { .ws_row = TERM_ROWS, .ws_col = TERM_COLS };

	t->master = posix_openpt(O_RDWR | O_NOCTTY);
	if (t->master < 0 || grantpt(t->master) || unlockpt(t->master) ||
	    ioctl(t->master, TIOCSWINSZ, &ws)) {
		perror("lin64-term: pseudo-terminal");
		return -1;
	}
	t->child = fork();
	if (t->child == 0)
		exec_shell(t->master, argv);
	if (t->child < 0) {
		perror("lin64-term: fork");
		return -1;
	}
	return 0;
}

/* The shell's output: onto the screen and the console.  0 at its end. */
static int pump_output(struct term *t)
{
	char buf[512];
	ssize_t n = read(t->master, buf, sizeof(buf));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return 1;
	if (n <= 0)
		return 0;	/* EIO: the last process of the session left */
	vt_write(&t->vt, buf, n);
	write_all(STDOUT_FILENO, buf, n);
	console_mid_line = buf[n - 1] != '\n';
	if (t->vt.reply_len) {
		write_all(t->master, t->vt.reply, t->vt.reply_len);
		t->vt.reply_len = 0;
	}
	return 1;
}

/* Held movement, backspace and cursor keys repeat; modifiers do not. */
#define REPEATING (PAD_UP | PAD_DOWN | PAD_LEFT | PAD_RIGHT | \
		   PAD_STICK_UP | PAD_STICK_DOWN | PAD_STICK_LEFT | \
		   PAD_STICK_RIGHT | PAD_A | PAD_B | PAD_C_UP | PAD_C_DOWN | \
		   PAD_C_LEFT | PAD_C_RIGHT)

/* Apply the joypad; returns whether the keyboard needs drawing. */
static int pump_input(struct term *t)
{
	const struct pad_state *s = &t->pad.port[0];
	uint32_t buttons, bit;
	char out[OSK_OUT_MAX];
	int n, changed = 0;

	pad_poll(&t->pad, pad_now_ms());
	buttons = (s->repeated & REPEATING) | (s->pressed & ~REPEATING);
	for (bit = 1; buttons; bit <<= 1) {
		if (!(buttons & bit))
			continue;
		buttons &= ~bit;
		n = osk_press(&t->osk, bit, out);
		if (n)
			write_all(t->master, out, n);
		changed = 1;
	}
	return changed;
}

static int run(struct term *t)
{
	struct pollfd pfd = { .fd = t->master, .events = POLLIN };
	int status;

	draw(t, 1);
	for (;;) {
		if (poll(&pfd, 1, FRAME_MS) > 0 && !pump_output(t))
			break;
		draw(t, pump_input(t));
	}
	waitpid(t->child, &status, 0);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	static char *login_shell[] = { "/bin/sh", "-l", NULL };
	static struct term t;
	int status;

	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, end_console_line);
	signal(SIGHUP, end_console_line);
	if (fb_open(&t.fb, 0) || pad_open(&t.pad))
		return 1;
	vt_init(&t.vt, TERM_COLS, TERM_ROWS);
	osk_init(&t.osk);
	fb_fill(&t.fb, 0, 0, t.fb.width, t.fb.height, colours[0][0]);
	if (start_shell(&t, argc > 1 ? argv + 1 : login_shell))
		return 1;
	printf("lin64-term: ready cols=%d rows=%d rss_kb=%ld\n", TERM_COLS,
	       TERM_ROWS, proc_kb("/proc/self/status", "VmRSS"));
	fflush(stdout);
	status = run(&t);
	pad_close(&t.pad);
	fb_close(&t.fb);
	return status;
}
