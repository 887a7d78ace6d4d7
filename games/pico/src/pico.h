/* SPDX-License-Identifier: MIT */
/*
 * pico.h - the PICO-8-compatible machine: its memory, its Lua state and
 * the calls the platform layer (main.c) and the tests make on it.
 *
 * Everything a cart can see lives in mem[], laid out as PICO-8's
 * documented memory map, so peek and poke reach the same state the API
 * functions use (the draw palette, the camera, the screen...).  The
 * machine knows nothing of the screen, pads or audio device it runs on:
 * the platform hands it buttons, takes the screen from mem[] and pulls
 * audio from it.
 *
 *	struct pico *p = pico_new();
 *	if (pico_load(p, text, len, "game.p8") == 0 && pico_boot(p) == 0)
 *		for (;;) {
 *			pico_buttons(p, 0, bits);
 *			pico_frame(p, 1);		(update, then draw)
 *			pico_screen(p, palette, pixels);
 *		}
 *	pico_free(p);
 */
#ifndef PICO_PICO_H
#define PICO_PICO_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"

/* PICO-8's memory map (addresses in mem[]) */
#define PICO_GFX	0x0000	/* sprite sheet, 128x128 4-bit pixels */
#define PICO_GFX_MAP2	0x1000	/* its lower half is also map rows 32-63 */
#define PICO_MAP	0x2000	/* map rows 0-31, 128 bytes each */
#define PICO_FLAGS	0x3000	/* one byte of flags per sprite */
#define PICO_MUSIC	0x3100	/* 64 patterns of 4 bytes */
#define PICO_SFX	0x3200	/* 64 sound effects of 68 bytes */
#define PICO_ROM_SIZE	0x4300	/* the cart image: everything above */
#define PICO_CARTDATA	0x5e00	/* 64 numbers that cartdata() keeps */
#define PICO_DRAWPAL	0x5f00	/* draw palette; bit 4: transparent */
#define PICO_SCREENPAL	0x5f10	/* screen palette, 0-15 or 128-143 */
#define PICO_CLIP	0x5f20	/* x0, y0, x1, y1 (exclusive) */
#define PICO_PEN	0x5f25
#define PICO_CURSOR	0x5f26	/* x, y */
#define PICO_CAMERA	0x5f28	/* x, y: 16-bit little-endian */
#define PICO_FILLP	0x5f31	/* 16-bit pattern, then 0x5f33 bit 0 */
#define PICO_BTNP_DELAY	0x5f5c	/* frames before btnp repeats; 0: 15 */
#define PICO_BTNP_EVERY	0x5f5d	/* frames between repeats; 0: 4 */
#define PICO_SCREEN	0x6000	/* 128x128 4-bit pixels, low nibble left */
#define PICO_MEM_SIZE	0x10000

#define PICO_W		128
#define PICO_H		128

/* The Lua heap's cap, as PICO-8 has it. */
#define PICO_HEAP_LIMIT	(2u << 20)

struct lua_State;

struct pico_menuitem {
	char label[20];
	int ref;		/* the callback in the Lua registry, or 0 */
};

struct pico {
	uint8_t mem[PICO_MEM_SIZE];
	uint8_t rom[PICO_ROM_SIZE];	/* what reload() copies from */
	struct lua_State *L;
	char *code;			/* the cart's __lua__ section */
	char name[64];			/* the cart's file name, for messages */

	int fps;			/* 30, or 60 with _update60 */
	uint32_t frames;		/* updates run since boot */
	uint8_t held[2];		/* buttons held now, per player */
	uint8_t hold_frames[2][7];	/* how long each has been held */
	uint8_t pressed[2];		/* btnp(), with repeats */
	int paused;			/* the pause menu is open */
	int menu_choice;
	uint8_t under_menu[0x2000];	/* the screen the menu covers */
	uint32_t rng[2];

	size_t heap, heap_peak;		/* the Lua heap, in bytes */
	int cpu;			/* stat(1), 16.16: set by the platform */

	char cartdata_path[256];	/* empty until cartdata() */
	struct pico_menuitem menu[5];

	int line_x, line_y;		/* where line() ended, for line(x, y) */
	void (*flip)(struct pico *p);	/* show the screen now (flip()) */
	void *platform;			/* for the platform's callbacks */

	char error[256];		/* set when the cart stopped */
	int error_line;			/* 0 when the error has none */

	struct pico_audio audio;
};

struct pico *pico_new(void);
void pico_free(struct pico *p);

/*
 * Parse a .p8 cart (p8.c): the code and every data section into rom[]
 * and mem[].  Returns 0, or -1 with p->error saying what is wrong.
 */
int pico_load(struct pico *p, const char *text, size_t len, const char *name);

/* Compile the code, run its top level and _init().  0, or -1 (p->error). */
int pico_boot(struct pico *p);

/* Buttons held by @player (0 or 1): bit 0 left, 1 right, 2 up, 3 down,
 * 4 O, 5 X, 6 pause (player 1's opens the pause menu, menu.c). */
#define PICO_PAUSE	6
void pico_buttons(struct pico *p, int player, unsigned bits);

/*
 * One frame at p->fps: _update (or _update60), then _draw unless
 * @draw is 0 (the platform skips drawing when it is behind).  Returns 0,
 * or -1 once the cart stopped with an error (then the screen shows it).
 */
int pico_frame(struct pico *p, int draw);

/* The screen as 8-bit indexes into the 32-colour palette (pico_rgb),
 * through the screen palette. */
void pico_screen(const struct pico *p, uint8_t out[PICO_W * PICO_H]);

/* PICO-8's 16 colours and the 16 extra ones (128-143), r, g, b. */
extern const uint8_t pico_rgb[32][3];

/* Draw the error screen for p->error (vm.c). */
void pico_show_error(struct pico *p);

/* The pause menu (menu.c): "continue", the cart's menuitem()s and
 * "reset cart".  pico_frame() runs it instead of the cart while open. */
void pico_menu_frame(struct pico *p);

/* Start the cart again from its image, as the menu's "reset cart". */
int pico_reset(struct pico *p);

/* Call the function on the Lua stack's top, stopping the cart on an
 * error (vm.c).  Returns 0, or -1 once stopped. */
int pico_call(struct pico *p);

/* Register the API in p->L (api.c). */
void pico_api_open(struct pico *p);

/* The machine behind a Lua state. */
struct pico *pico_of(struct lua_State *L);

#endif
