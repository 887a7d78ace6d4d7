// SPDX-License-Identifier: MIT
/*
 * lin64-launcher: the full-screen list of the programs on the cart.
 *
 * Entries are the *.app files of the directories named on the command
 * line (default /usr/share/lin64/apps; docs/cartfs.md).  A starts one;
 * the launcher waits for it, then says how it ended: its exit status, the
 * signal that killed it, or that the kernel's OOM killer did (read from
 * the kernel log, /dev/kmsg).  Free memory is shown at the bottom.
 *
 * Console lines: "launcher: ready apps=N mem_available_kb=N rss_kb=N"
 * once the first frame is on screen, "launcher: start TITLE", and
 * "launcher: exit TITLE status=N" (or "signal=N", "signal=9 oom").
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "apps.h"
#include "lin64/fb.h"
#include "lin64/mark.h"
#include "lin64/pad.h"
#include "procinfo.h"

#define DEFAULT_APPS	"/usr/share/lin64/apps"
#define ROW_H		20
#define LIST_Y		24
#define LIST_ROWS	8
#define FRAME_MS	33

#define INK		FB_RGB(230, 230, 230)
#define DIM		FB_RGB(140, 150, 170)
#define PAPER		FB_RGB(16, 24, 48)
#define BAR		FB_RGB(40, 60, 120)
#define PICK		FB_RGB(240, 200, 40)

struct launcher {
	struct fb fb;
	struct pad pad;
	struct app apps[APPS_MAX];
	int count;
	int selected;
	int top;		/* the first entry shown */
	char status[48];	/* how the last program ended */
};

static void draw(struct launcher *l)
{
	char line[48];
	const struct app *app;
	int i, y;

	fb_fill(&l->fb, 0, 0, l->fb.width, l->fb.height, PAPER);
	fb_fill(&l->fb, 0, 0, l->fb.width, 16, BAR);
	fb_text(&l->fb, 8, 4, "Lin64", INK);
	fb_text(&l->fb, l->fb.width - 8 - 8 * FB_FONT_W, 4, "A: start", DIM);
	if (!l->count)
		fb_text(&l->fb, 8, LIST_Y, "No programs installed.", INK);
	for (i = 0; i < LIST_ROWS && l->top + i < l->count; i++) {
		app = &l->apps[l->top + i];
		y = LIST_Y + i * ROW_H;
		if (l->top + i == l->selected) {
			fb_fill(&l->fb, 4, y - 2, l->fb.width - 8, ROW_H - 1, PICK);
			fb_text(&l->fb, 12, y, app->title, PAPER);
			fb_text(&l->fb, 12, y + 9, app->desc, BAR);
		} else {
			fb_text(&l->fb, 12, y, app->title, INK);
			fb_text(&l->fb, 12, y + 9, app->desc, DIM);
		}
	}
	fb_fill(&l->fb, 0, l->fb.height - 28, l->fb.width, 28, BAR);
	snprintf(line, sizeof(line), "Free memory: %ld KiB",
		 proc_kb("/proc/meminfo", "MemAvailable"));
	fb_text(&l->fb, 8, l->fb.height - 24, line, INK);
	fb_text(&l->fb, 8, l->fb.height - 12, l->status, DIM);
	fb_present(&l->fb);
}

/* The kernel log from now on, to tell an OOM kill from another SIGKILL. */
static int open_kernel_log(void)
{
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd >= 0)
		lseek(fd, 0, SEEK_END);
	return fd;
}

/* Whether the log since open_kernel_log() says the OOM killer took @pid. */
static int oom_killed(int log, pid_t pid)
{
	char record[1024], needle[32];
	ssize_t n;

	if (log < 0)
		return 0;
	snprintf(needle, sizeof(needle), "Killed process %d ", (int)pid);
	while ((n = read(log, record, sizeof(record) - 1)) > 0 ||
	       (n < 0 && errno == EPIPE)) {
		if (n <= 0)
			continue;	/* EPIPE: records were overwritten */
		record[n] = '\0';
		if (strstr(record, needle))
			return 1;
	}
	return 0;
}

static void report(struct launcher *l, const struct app *app, int status,
		   int oom)
{
	if (WIFEXITED(status)) {
		printf("launcher: exit %s status=%d\n", app->title,
		       WEXITSTATUS(status));
		snprintf(l->status, sizeof(l->status), "%.20s: exit status %d",
			 app->title, WEXITSTATUS(status));
	} else if (oom) {
		printf("launcher: exit %s signal=%d oom\n", app->title,
		       WTERMSIG(status));
		snprintf(l->status, sizeof(l->status), "%.20s: out of memory",
			 app->title);
	} else {
		printf("launcher: exit %s signal=%d\n", app->title,
		       WTERMSIG(status));
		snprintf(l->status, sizeof(l->status), "%.20s: %.24s",
			 app->title, strsignal(WTERMSIG(status)));
	}
	fflush(stdout);
}

static void launch(struct launcher *l, const struct app *app)
{
	char words[APP_EXEC_MAX + 1], *argv[APP_ARGS_MAX + 1];
	int log, status, port;
	pid_t pid;

	if (app_argv(app, words, argv) <= 0)
		return;	/* app_parse() already refused such a line */
	printf("launcher: start %s\n", app->title);
	fflush(stdout);
	log = open_kernel_log();
	pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execv(argv[0], argv);
		fprintf(stderr, "launcher: exec %s: %s\n", argv[0],
			strerror(errno));
		_exit(127);
	}
	if (pid < 0) {
		snprintf(l->status, sizeof(l->status), "%.20s: %.24s",
			 app->title, strerror(errno));
	} else {
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		report(l, app, status, WIFSIGNALED(status) &&
		       WTERMSIG(status) == SIGKILL && oom_killed(log, pid));
	}
	if (log >= 0)
		close(log);
	/* What was pressed while the program ran was meant for it. */
	pad_poll(&l->pad, pad_now_ms());
	for (port = 0; port < PAD_PORTS; port++)
		pad_state_begin(&l->pad.port[port]);
}

static void select_entry(struct launcher *l, int i)
{
	if (i < 0 || i >= l->count)
		return;
	l->selected = i;
	if (i < l->top)
		l->top = i;
	if (i >= l->top + LIST_ROWS)
		l->top = i - LIST_ROWS + 1;
}

/* One frame of input; returns whether the screen changed. */
static int step(struct launcher *l)
{
	const uint32_t up = PAD_UP | PAD_STICK_UP, down = PAD_DOWN | PAD_STICK_DOWN;
	const struct pad_state *s = &l->pad.port[0];

	pad_wait(&l->pad, FRAME_MS);
	pad_poll(&l->pad, pad_now_ms());
	if (s->repeated & up) {
		select_entry(l, l->selected - 1);
		return 1;
	}
	if (s->repeated & down) {
		select_entry(l, l->selected + 1);
		return 1;
	}
	if (s->pressed & (PAD_A | PAD_START) && l->count) {
		launch(l, &l->apps[l->selected]);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static struct launcher l;
	int i;

	/* A program killed by SIGINT must not take the launcher along. */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	if (argc < 2)
		l.count = apps_load(DEFAULT_APPS, l.apps, 0, APPS_MAX);
	for (i = 1; i < argc; i++)
		l.count = apps_load(argv[i], l.apps, l.count, APPS_MAX);
	if (fb_open(&l.fb, 0) || pad_open(&l.pad))
		return 1;
	draw(&l);
	LIN64_MARK(LIN64_MARK_LAUNCHER_READY);
	printf("launcher: ready apps=%d mem_available_kb=%ld rss_kb=%ld\n",
	       l.count, proc_kb("/proc/meminfo", "MemAvailable"),
	       proc_kb("/proc/self/status", "VmRSS"));
	fflush(stdout);
	for (;;)
		if (step(&l))
			draw(&l);
}
