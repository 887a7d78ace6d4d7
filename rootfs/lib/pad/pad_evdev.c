// SPDX-License-Identifier: MIT
/*
 * libpad on Linux input devices: n64joy makes one event device per port
 * that had a controller at boot, named "N64 Joypad" with phys
 * "n64joy/portN".  Devices are looked for again every second while a
 * port is missing, so a device that appears later (a USB pad on a
 * desktop) is picked up; one that fails is dropped and looked for again.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/input.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lin64/pad.h"

#define PAD_RESCAN_MS	1000

struct pad_backend {
	int fd[PAD_PORTS];	/* -1: no device */
	unsigned last_scan_ms;
};

unsigned pad_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned)ts.tv_sec * 1000u + (unsigned)(ts.tv_nsec / 1000000);
}

/* The port an event device plays: n64joy's port number, else the next
 * free one. */
static int port_of(struct pad_backend *b, int fd)
{
	char phys[64] = "";
	int port;

	if (ioctl(fd, EVIOCGPHYS(sizeof(phys) - 1), phys) > 0 &&
	    sscanf(phys, "n64joy/port%d", &port) == 1 &&
	    port >= 0 && port < PAD_PORTS && b->fd[port] < 0)
		return port;
	for (port = 0; port < PAD_PORTS; port++)
		if (b->fd[port] < 0)
			return port;
	return -1;
}

static int is_joypad(int fd)
{
	unsigned long keys[KEY_MAX / (8 * sizeof(long)) + 1] = { 0 };
	int bit = BTN_0;

	if (ioctl(fd, EVIOCGBIT(EV_KEY, sizeof(keys)), keys) < 0)
		return 0;
	return keys[bit / (8 * sizeof(long))] >> bit % (8 * sizeof(long)) & 1;
}

static int is_open(struct pad_backend *b, const char *path)
{
	struct stat st, open_st;
	int i;

	if (stat(path, &st))
		return 1;
	for (i = 0; i < PAD_PORTS; i++)
		if (b->fd[i] >= 0 && !fstat(b->fd[i], &open_st) &&
		    open_st.st_rdev == st.st_rdev)
			return 1;
	return 0;
}

static void scan(struct pad *pad, unsigned now_ms)
{
	struct pad_backend *b = pad->backend;
	char path[288];
	struct dirent *d;
	DIR *dir;
	int fd, port;

	b->last_scan_ms = now_ms;
	dir = opendir("/dev/input");
	if (!dir)
		return;
	while ((d = readdir(dir))) {
		if (strncmp(d->d_name, "event", 5))
			continue;
		snprintf(path, sizeof(path), "/dev/input/%s", d->d_name);
		if (is_open(b, path))
			continue;
		fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0)
			continue;
		port = is_joypad(fd) ? port_of(b, fd) : -1;
		if (port < 0) {
			close(fd);
			continue;
		}
		b->fd[port] = fd;
		pad->port[port].connected = 1;
	}
	closedir(dir);
}

int pad_open(struct pad *pad)
{
	int i;

	memset(pad, 0, sizeof(*pad));
	pad->backend = calloc(1, sizeof(*pad->backend));
	if (!pad->backend) {
		fprintf(stderr, "pad: error out of memory\n");
		return -1;
	}
	for (i = 0; i < PAD_PORTS; i++)
		pad->backend->fd[i] = -1;
	scan(pad, pad_now_ms());
	return 0;
}

static void drop(struct pad *pad, int port)
{
	struct pad_state *s = &pad->port[port];

	close(pad->backend->fd[port]);
	pad->backend->fd[port] = -1;
	s->connected = 0;
	pad_state_update(s, 0, 0, 0, 0);
}

/* Apply one device's pending events; a report (SYN_REPORT) is one update. */
static void read_port(struct pad *pad, int port, unsigned now_ms)
{
	struct pad_state *s = &pad->port[port];
	struct input_event ev[16];
	uint32_t raw = s->raw, bit;
	int x = s->raw_x, y = s->raw_y;
	ssize_t n, i;

	while ((n = read(pad->backend->fd[port], ev, sizeof(ev))) > 0) {
		for (i = 0; i < n / (ssize_t)sizeof(ev[0]); i++) {
			if (ev[i].type == EV_KEY &&
			    (bit = pad_button_of_evdev(ev[i].code)))
				raw = ev[i].value ? raw | bit : raw & ~bit;
			else if (ev[i].type == EV_ABS && ev[i].code == ABS_X)
				x = ev[i].value;
			else if (ev[i].type == EV_ABS && ev[i].code == ABS_Y)
				y = ev[i].value;
			else if (ev[i].type == EV_SYN &&
				 ev[i].code == SYN_REPORT)
				pad_state_update(s, raw, x, y, now_ms);
		}
	}
	if (n < 0 && errno != EAGAIN && errno != EINTR)
		drop(pad, port);
	else
		pad_state_update(s, raw, x, y, now_ms);	/* repeat timing */
}

int pad_poll(struct pad *pad, unsigned now_ms)
{
	struct pad_backend *b = pad->backend;
	int port, connected = 0;

	for (port = 0; port < PAD_PORTS; port++) {
		pad_state_begin(&pad->port[port]);
		if (b->fd[port] >= 0)
			read_port(pad, port, now_ms);
		connected += pad->port[port].connected;
	}
	if (connected < PAD_PORTS && now_ms - b->last_scan_ms >= PAD_RESCAN_MS)
		scan(pad, now_ms);
	return connected;
}

void pad_wait(struct pad *pad, int timeout_ms)
{
	struct pollfd fds[PAD_PORTS];
	int i, n = 0;

	for (i = 0; i < PAD_PORTS; i++)
		if (pad->backend->fd[i] >= 0) {
			fds[n].fd = pad->backend->fd[i];
			fds[n++].events = POLLIN;
		}
	poll(fds, n, timeout_ms);
}

void pad_close(struct pad *pad)
{
	int i;

	if (!pad->backend)
		return;
	for (i = 0; i < PAD_PORTS; i++)
		if (pad->backend->fd[i] >= 0)
			close(pad->backend->fd[i]);
	free(pad->backend);
	pad->backend = NULL;
}
