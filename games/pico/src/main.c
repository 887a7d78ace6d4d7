/* SPDX-License-Identifier: MIT */
/*
 * main.c - `pico CART.p8`: the PICO-8 machine on Lin64's screen, pads and
 * sound (libfb, libpad, libsnd), or in an SDL2 window on a desktop.
 *
 * The 128x128 screen is drawn at the largest integer scale that fits,
 * centred: scale 1 on the N64's 320x240.  Frames run at the cart's 30
 * or 60 a second; when the CPU falls behind, _draw is skipped (never two
 * in a row) so the game keeps its speed.
 *
 *	--frames N	run N updates as fast as possible, then exit (tests)
 *	--input SCRIPT	player 1's buttons by frame instead of the pad:
 *			"FRAME:BUTTONS,..." with BUTTONS from l r u d o x and p
 *			(pause; or - for none), held from that frame on
 *	--hold		after --frames, keep the last frame on the screen
 *			until killed (for screendumps)
 *	--ppm FILE	after --frames, write the screen to FILE as a PPM
 *
 * It prints "pico: ready fps=N" once the cart has booted, and when the
 * frames are done "pico: done frames=N heap_peak_kb=N rss_peak_kb=N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lin64/fb.h>
#include <lin64/pad.h>
#include <lin64/snd.h>

#include "pico.h"

struct options {
	const char *cart;
	const char *ppm;
	const char *input;	/* the --input script, or NULL */
	long frames;		/* 0: run until the program is stopped */
	int hold;
};

struct platform {
	struct fb fb;
	struct pad pad;
	struct snd snd;
	int sound;		/* snd_open worked */
	int resample_left;	/* the fraction of a device frame carried over */
	int no_wait;		/* --frames: as fast as possible */
	uint16_t palette[32];
	int x, y, scale;	/* where the 128x128 screen goes */
};

static int usage(void)
{
	fprintf(stderr, "usage: pico [--frames N [--input SCRIPT] [--hold] [--ppm FILE]] CART.p8\n");
	return 2;
}

static int parse_options(int argc, char **argv, struct options *o)
{
	int i;

	memset(o, 0, sizeof(*o));
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--frames") && i + 1 < argc)
			o->frames = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--ppm") && i + 1 < argc)
			o->ppm = argv[++i];
		else if (!strcmp(argv[i], "--input") && i + 1 < argc)
			o->input = argv[++i];
		else if (!strcmp(argv[i], "--hold"))
			o->hold = 1;
		else if (argv[i][0] != '-' && !o->cart)
			o->cart = argv[i];
		else
			return -1;
	}
	return o->cart && o->frames >= 0 && (o->frames || (!o->input && !o->hold && !o->ppm))
	       ? 0 : -1;
}

/* The buttons an --input script holds at @frame: the last entry at or
 * before it.  Letters outside "lrudoxp" are ignored. */
static unsigned scripted(const char *script, long frame)
{
	unsigned bits = 0;

	while (*script) {
		char *end;
		long at = strtol(script, &end, 10);

		if (end == script || *end != ':' || at > frame)
			break;
		bits = 0;
		for (script = end + 1; *script && *script != ','; script++) {
			const char *b = strchr("lrudoxp", *script);

			if (b)
				bits |= 1u << (b - "lrudoxp");
		}
		if (*script == ',')
			script++;
	}
	return bits;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) && fread(buf, 1, (size_t)n, f) == (size_t)n) {
		buf[n] = '\0';
		*len = (size_t)n;
	} else {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* The N64 controller as PICO-8's buttons: the D-pad or the stick for
 * the arrows, A (or C-down) for O, B (or C-left) for X, Start to pause. */
static unsigned pico_bits(uint32_t held)
{
	static const uint32_t map[7] = {
		PAD_LEFT | PAD_STICK_LEFT, PAD_RIGHT | PAD_STICK_RIGHT,
		PAD_UP | PAD_STICK_UP, PAD_DOWN | PAD_STICK_DOWN,
		PAD_A | PAD_C_DOWN, PAD_B | PAD_C_LEFT, PAD_START,
	};
	unsigned bits = 0;
	int i;

	for (i = 0; i < 7; i++)
		if (held & map[i])
			bits |= 1u << i;
	return bits;
}

static void show(struct pico *p, struct platform *pf)
{
	uint8_t pixels[PICO_W * PICO_H];

	pico_screen(p, pixels);
	fb_blit8(&pf->fb, pf->x, pf->y, pixels, PICO_W, PICO_H, PICO_W, pf->palette,
		 pf->scale);
	fb_present(&pf->fb);
}

/* flip() from the cart, in a loop of its own: show the screen now and
 * wait a frame, so such loops run at the cart's frame rate. */
static void flip(struct pico *p)
{
	struct platform *pf = p->platform;

	show(p, pf);
	if (!pf->no_wait)
		pad_wait(&pf->pad, 1000 / p->fps);
}

/*
 * Feed the audio device what it can take, in blocks of 256 synthesized
 * frames.  The synth runs at AUDIO_RATE; a device that opened at another
 * rate gets each block stretched to its rate by nearest neighbour, the
 * remainder carried to the next block.
 */
static void feed_audio(struct pico *p, struct platform *pf)
{
	int16_t block[2 * 256], out[2 * 600];	/* a block at up to 48 kHz */

	if (!pf->sound || pf->snd.rate <= 0 || pf->snd.rate > 48000)
		return;
	for (;;) {
		int total = 256 * pf->snd.rate + pf->resample_left;
		int m = total / AUDIO_RATE, i;

		if (snd_space(&pf->snd) < m)
			break;
		pf->resample_left = total % AUDIO_RATE;
		audio_mix(&p->audio, p->mem, block, 256);
		for (i = 0; i < m; i++) {
			out[2 * i] = block[2 * (i * 256 / m)];
			out[2 * i + 1] = block[2 * (i * 256 / m) + 1];
		}
		snd_write(&pf->snd, out, m);
	}
}

static int open_platform(struct platform *pf)
{
	uint8_t rgb[32][3];

	memset(pf, 0, sizeof(*pf));
	if (fb_open(&pf->fb, 0))
		return -1;
	pad_open(&pf->pad);
	pf->sound = snd_open(&pf->snd, AUDIO_RATE) == 0;
	memcpy(rgb, pico_rgb, sizeof(rgb));
	fb_palette(pf->palette, &rgb[0][0], 32);
	pf->scale = pf->fb.width / PICO_W < pf->fb.height / PICO_H ? pf->fb.width / PICO_W
								  : pf->fb.height / PICO_H;
	if (pf->scale < 1)
		pf->scale = 1;
	pf->x = (pf->fb.width - PICO_W * pf->scale) / 2;
	pf->y = (pf->fb.height - PICO_H * pf->scale) / 2;
	fb_fill(&pf->fb, 0, 0, pf->fb.width, pf->fb.height, FB_RGB(0, 0, 0));
	return 0;
}

static void close_platform(struct platform *pf)
{
	if (pf->sound)
		snd_close(&pf->snd);
	pad_close(&pf->pad);
	fb_close(&pf->fb);
}

/*
 * The frame loop.  Each update is due 1000/fps ms after the last; one
 * that starts late skips its _draw, unless the last one did.  With
 * --frames there is no waiting and every frame is drawn.
 */
static void run(struct pico *p, struct platform *pf, const struct options *o)
{
	unsigned start = pad_now_ms();
	long n, k = 0;		/* frames since start */
	int skipped = 0;

	for (n = 0; !o->frames || n < o->frames; n++) {
		unsigned now = pad_now_ms(), due, next;
		int late, draw;

		pad_poll(&pf->pad, now);
		pico_buttons(p, 0, o->input ? scripted(o->input, n)
					    : pico_bits(pf->pad.port[0].held));
		pico_buttons(p, 1, pico_bits(pf->pad.port[1].held));
		due = start + (unsigned)(k * 1000 / p->fps);
		late = !o->frames && (int)(now - due) > 1000 / p->fps;
		draw = !late || skipped;
		skipped = !draw;
		pico_frame(p, draw);
		p->cpu = (int)((pad_now_ms() - now) * 65536u * (unsigned)p->fps / 1000u);
		if (draw)
			show(p, pf);
		feed_audio(p, pf);
		next = start + (unsigned)(++k * 1000 / p->fps);
		if ((int)(now - next) > 1000) {	/* a long stall: start afresh */
			start = now;
			k = 0;
		} else if (!o->frames && (int)(next - pad_now_ms()) > 0) {
			pad_wait(&pf->pad, (int)(next - pad_now_ms()));
		}
	}
}

static int write_ppm(const struct pico *p, const char *path)
{
	uint8_t pixels[PICO_W * PICO_H];
	FILE *f = fopen(path, "wb");
	int i, ok;

	if (!f)
		return -1;
	pico_screen(p, pixels);
	fprintf(f, "P6\n%d %d\n255\n", PICO_W, PICO_H);
	for (i = 0; i < PICO_W * PICO_H; i++)
		fwrite(pico_rgb[pixels[i]], 3, 1, f);
	ok = !ferror(f);
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* The process's peak resident size, from /proc (0 where there is none). */
static long rss_peak_kb(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[128];
	long kb = 0;

	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmHWM:", 6))
			kb = strtol(line + 6, NULL, 10);
	if (f)
		fclose(f);
	return kb;
}

int main(int argc, char **argv)
{
	struct options o;
	struct platform pf;
	struct pico *p;
	char *text;
	size_t len;
	int rc = 0;

	if (parse_options(argc, argv, &o))
		return usage();
	p = pico_new();
	text = p ? read_file(o.cart, &len) : NULL;
	if (!text) {
		fprintf(stderr, "pico: error cannot read %s\n", o.cart);
		return 1;
	}
	if (open_platform(&pf)) {
		free(text);
		return 1;
	}
	p->flip = flip;
	p->platform = &pf;
	pf.no_wait = o.frames != 0;
	printf("pico: run %s\n", o.cart);
	fflush(stdout);
	if (pico_load(p, text, len, o.cart)) {
		char why[sizeof(p->error) - 16];

		fprintf(stderr, "pico: error %s\n", p->error);
		snprintf(why, sizeof(why), "%.*s", (int)sizeof(why) - 1, p->error);
		snprintf(p->error, sizeof(p->error), "cart error\n%s", why);
		pico_show_error(p);
	} else if (pico_boot(p) == 0) {
		printf("pico: ready fps=%d\n", p->fps);
		fflush(stdout);
	}
	free(text);
	run(p, &pf, &o);
	if (o.ppm && write_ppm(p, o.ppm)) {
		fprintf(stderr, "pico: error cannot write %s\n", o.ppm);
		rc = 1;
	}
	printf("pico: done frames=%ld heap_peak_kb=%lu rss_peak_kb=%ld\n", o.frames,
	       (unsigned long)(p->heap_peak / 1024), rss_peak_kb());
	fflush(stdout);
	while (o.hold)		/* the screen stays; pads are still read */
		pad_wait(&pf.pad, 1000);
	close_platform(&pf);
	pico_free(p);
	return rc;
}
