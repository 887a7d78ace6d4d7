// SPDX-License-Identifier: MIT
/*
 * libfb on a desktop: an SDL2 window showing the same 320x240 r5g5b5a1
 * picture the N64 shows, scaled up.  Programs always draw into a back
 * buffer here; fb_present() uploads it.
 *
 * LIN64_FB_DUMP=FILE.ppm writes each presented frame to FILE.ppm, so
 * host tests and screenshots need no window (SDL_VIDEODRIVER=dummy).
 */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lin64/fb.h"

#define FB_SDL_WIDTH	320
#define FB_SDL_HEIGHT	240
#define FB_SDL_ZOOM	3

struct fb_backend {
	SDL_Window *window;
	SDL_Renderer *renderer;
	SDL_Texture *texture;
	const char *dump;
};

static int fail(const char *what)
{
	fprintf(stderr, "fb: error %s: %s\n", what, SDL_GetError());
	return -1;
}

int fb_open(struct fb *fb, int flags)
{
	struct fb_backend *b = calloc(1, sizeof(*b));

	(void)flags;
	memset(fb, 0, sizeof(*fb));
	fb->width = FB_SDL_WIDTH;
	fb->height = FB_SDL_HEIGHT;
	fb->stride = FB_SDL_WIDTH;
	fb->pixels = calloc(FB_SDL_WIDTH * FB_SDL_HEIGHT, sizeof(uint16_t));
	fb->backend = b;
	if (!b || !fb->pixels) {
		fb_close(fb);
		fprintf(stderr, "fb: error out of memory\n");
		return -1;
	}
	b->dump = getenv("LIN64_FB_DUMP");
	if (SDL_InitSubSystem(SDL_INIT_VIDEO)) {
		fb_close(fb);
		return fail("starting SDL video");
	}
	b->window = SDL_CreateWindow("Lin64", SDL_WINDOWPOS_UNDEFINED,
				     SDL_WINDOWPOS_UNDEFINED,
				     FB_SDL_WIDTH * FB_SDL_ZOOM,
				     FB_SDL_HEIGHT * FB_SDL_ZOOM, 0);
	if (b->window)
		b->renderer = SDL_CreateRenderer(b->window, -1, 0);
	if (b->renderer)
		b->texture = SDL_CreateTexture(b->renderer,
					       SDL_PIXELFORMAT_RGBA5551,
					       SDL_TEXTUREACCESS_STREAMING,
					       FB_SDL_WIDTH, FB_SDL_HEIGHT);
	if (!b->texture) {
		fb_close(fb);
		return fail("opening a window");
	}
	return 0;
}

static void dump_ppm(const struct fb *fb, const char *path)
{
	FILE *f = fopen(path, "wb");
	uint8_t rgb[3];
	int i;

	if (!f) {
		perror(path);
		return;
	}
	fprintf(f, "P6\n%d %d\n255\n", fb->width, fb->height);
	for (i = 0; i < fb->width * fb->height; i++) {
		fb_unrgb(fb->pixels[i / fb->width * fb->stride + i % fb->width],
			 rgb);
		fwrite(rgb, 3, 1, f);
	}
	fclose(f);
}

void fb_present(struct fb *fb)
{
	struct fb_backend *b = fb->backend;

	SDL_UpdateTexture(b->texture, NULL, fb->pixels,
			  fb->stride * (int)sizeof(uint16_t));
	SDL_RenderClear(b->renderer);
	SDL_RenderCopy(b->renderer, b->texture, NULL, NULL);
	SDL_RenderPresent(b->renderer);
	if (b->dump)
		dump_ppm(fb, b->dump);
}

void fb_close(struct fb *fb)
{
	struct fb_backend *b = fb->backend;

	if (b) {
		if (b->texture)
			SDL_DestroyTexture(b->texture);
		if (b->renderer)
			SDL_DestroyRenderer(b->renderer);
		if (b->window)
			SDL_DestroyWindow(b->window);
		SDL_QuitSubSystem(SDL_INIT_VIDEO);
		free(b);
	}
	free(fb->pixels);
	fb->pixels = NULL;
	fb->backend = NULL;
}
