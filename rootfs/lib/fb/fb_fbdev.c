// SPDX-License-Identifier: MIT
/*
 * libfb on Linux's framebuffer device (the N64's simple-framebuffer).
 *
 * The screen is mapped once.  simplefb cannot pan or wait for vsync, so
 * FB_DOUBLE draws into a back buffer that fb_present() copies over in one
 * pass; without it programs draw on the screen itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/fb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lin64/fb.h"

struct fb_backend {
	int fd;
	uint16_t *screen;	/* the mapping */
	size_t size;		/* bytes mapped */
	int screen_stride;	/* in pixels */
	uint16_t *back;		/* FB_DOUBLE's buffer, or NULL */
};

static int fail(const char *what, const char *path)
{
	fprintf(stderr, "fb: error %s %s: %s\n", what, path, strerror(errno));
	return -1;
}

static int map_screen(struct fb_backend *b, const char *path,
		      struct fb_var_screeninfo *var)
{
	struct fb_fix_screeninfo fix;

	b->fd = open(path, O_RDWR | O_CLOEXEC);
	if (b->fd < 0)
		return fail("open", path);
	if (ioctl(b->fd, FBIOGET_FSCREENINFO, &fix) ||
	    ioctl(b->fd, FBIOGET_VSCREENINFO, var))
		return fail("query", path);
	if (var->bits_per_pixel != 16) {
		fprintf(stderr, "fb: error %s has %u bits a pixel, not 16\n",
			path, var->bits_per_pixel);
		return -1;
	}
	b->screen_stride = fix.line_length / 2;
	b->size = (size_t)fix.line_length * var->yres;
	b->screen = mmap(NULL, b->size, PROT_READ | PROT_WRITE, MAP_SHARED,
			 b->fd, 0);
	if (b->screen == MAP_FAILED)
		return fail("map", path);
	return 0;
}

int fb_open(struct fb *fb, int flags)
{
	const char *path = getenv("LIN64_FB") ? getenv("LIN64_FB") : "/dev/fb0";
	struct fb_var_screeninfo var;
	struct fb_backend *b = calloc(1, sizeof(*b));

	memset(fb, 0, sizeof(*fb));
	if (!b)
		return fail("allocate", path);
	b->screen = MAP_FAILED;
	fb->backend = b;
	if (map_screen(b, path, &var)) {
		fb_close(fb);
		return -1;
	}
	fb->width = var.xres;
	fb->height = var.yres;
	fb->stride = b->screen_stride;
	fb->pixels = b->screen;
	if (flags & FB_DOUBLE) {
		b->back = calloc(b->size, 1);
		if (!b->back) {
			fb_close(fb);
			return fail("allocate a back buffer for", path);
		}
		fb->pixels = b->back;
	}
	return 0;
}

void fb_present(struct fb *fb)
{
	struct fb_backend *b = fb->backend;

	if (b->back)
		memcpy(b->screen, b->back, b->size);
}

void fb_close(struct fb *fb)
{
	struct fb_backend *b = fb->backend;

	if (!b)
		return;
	if (b->screen != MAP_FAILED)
		munmap(b->screen, b->size);
	if (b->fd > 0)
		close(b->fd);
	free(b->back);
	free(b);
	fb->backend = NULL;
	fb->pixels = NULL;
}
