/* SPDX-License-Identifier: MIT */
/*
 * vm.c - the machine's life: its Lua state on a capped heap, boot, one
 * frame of _update and _draw, and the error screen when the cart stops.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#include "gfx.h"
#include "pico.h"

const uint8_t pico_rgb[32][3] = {
	{ 0x00, 0x00, 0x00 }, { 0x1d, 0x2b, 0x53 }, { 0x7e, 0x25, 0x53 },
	{ 0x00, 0x87, 0x51 }, { 0xab, 0x52, 0x36 }, { 0x5f, 0x57, 0x4f },
	{ 0xc2, 0xc3, 0xc7 }, { 0xff, 0xf1, 0xe8 }, { 0xff, 0x00, 0x4d },
	{ 0xff, 0xa3, 0x00 }, { 0xff, 0xec, 0x27 }, { 0x00, 0xe4, 0x36 },
	{ 0x29, 0xad, 0xff }, { 0x83, 0x76, 0x9c }, { 0xff, 0x77, 0xa8 },
	{ 0xff, 0xcc, 0xaa },
	{ 0x29, 0x18, 0x14 }, { 0x11, 0x1d, 0x35 }, { 0x42, 0x21, 0x36 },
	{ 0x12, 0x53, 0x59 }, { 0x74, 0x2f, 0x29 }, { 0x49, 0x33, 0x3b },
	{ 0xa2, 0x88, 0x79 }, { 0xf3, 0xef, 0x7d }, { 0xbe, 0x12, 0x50 },
	{ 0xff, 0x6c, 0x24 }, { 0xa8, 0xe7, 0x2e }, { 0x00, 0xb5, 0x43 },
	{ 0x06, 0x5a, 0xb5 }, { 0x75, 0x46, 0x65 }, { 0xff, 0x6e, 0x59 },
	{ 0xff, 0x9d, 0x81 },
};

/* The line of the innermost code of the cart running on @L, or 0: also
 * right for errors an API function (C, no line of its own) raised. */
static int cart_line(lua_State *L)
{
	lua_Debug ar;
	int level;

	for (level = 0; lua_getstack(L, level, &ar); level++) {
		lua_getinfo(L, "Sl", &ar);
		if (ar.currentline > 0 && !strcmp(ar.source, "=cart"))
			return ar.currentline;
	}
	return 0;
}

/* Lua's allocator, refusing to grow the heap past PICO-8's 2 MiB: Lua
 * then raises a memory error, which stops the cart with a message. */
static void *heap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct pico *p = ud;
	size_t old = ptr ? osize : 0;
	void *q;

	if (nsize == 0) {
		free(ptr);
		p->heap -= old;
		return NULL;
	}
	if (nsize > old && p->heap - old + nsize > PICO_HEAP_LIMIT) {
		p->error_line = p->L ? cart_line(p->L) : 0;	/* no call on OOM */
		return NULL;
	}
	q = realloc(ptr, nsize);
	if (!q)
		return NULL;
	p->heap = p->heap - old + nsize;
	if (p->heap > p->heap_peak)
		p->heap_peak = p->heap;
	return q;
}

struct pico *pico_of(lua_State *L)
{
	void *ud;

	lua_getallocf(L, &ud);
	return ud;
}

struct pico *pico_new(void)
{
	struct pico *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	p->fps = 30;
	p->rng[0] = 0x9e3779b9;	/* a fixed seed: runs are reproducible */
	p->rng[1] = 0x7f4a7c15;
	gfx_reset(p);
	audio_reset(&p->audio);
	return p;
}

void pico_free(struct pico *p)
{
	if (!p)
		return;
	if (p->L)
		lua_close(p->L);
	free(p->code);
	free(p);
}

/* A Lua message "cart:12: text": the line, and where the text starts. */
static int message_line(const char *msg, const char **text)
{
	const char *end;
	int line;

	*text = msg;
	if (strncmp(msg, "cart:", 5))
		return 0;
	line = (int)strtol(msg + 5, (char **)&end, 10);
	if (end == msg + 5 || *end != ':')
		return 0;
	*text = end + 1 + (end[1] == ' ');
	return line;
}

/* Stop the cart: remember why, say it on the console. */
static void stop(struct pico *p, const char *kind, const char *msg, int line)
{
	const char *text;
	int at = message_line(msg, &text);

	if (!line)
		line = at;
	p->error_line = line;
	if (line)
		snprintf(p->error, sizeof(p->error), "%s line %d\n%s", kind, line, text);
	else
		snprintf(p->error, sizeof(p->error), "%s\n%s", kind, text);
	fprintf(stderr, "pico: error %s line=%d %s\n", kind, line, text);
}

/* The message handler of every call into the cart: where it failed. */
static int find_error_line(lua_State *L)
{
	pico_of(L)->error_line = cart_line(L);
	if (!lua_isstring(L, 1))
		lua_pushliteral(L, "error object is not a string");
	else
		lua_pushvalue(L, 1);
	return 1;
}

int pico_call(struct pico *p)
{
	lua_State *L = p->L;
	int base = lua_gettop(L), rc;

	lua_pushcfunction(L, find_error_line);
	lua_insert(L, base);
	rc = lua_pcall(L, 0, 0, base);
	if (rc == LUA_OK) {
		lua_pop(L, 1);
		return 0;
	}
	if (rc == LUA_ERRMEM)
		stop(p, "out of memory", "the cart used more than 2 MiB of Lua memory",
		     p->error_line);
	else
		stop(p, "runtime error", lua_tostring(L, -1), p->error_line);
	lua_settop(L, base - 1);
	pico_show_error(p);
	return -1;
}

/* Call the cart's global function @name if it has one. */
static int call_global(struct pico *p, const char *name)
{
	lua_getglobal(p->L, name);
	if (lua_isnil(p->L, -1)) {
		lua_pop(p->L, 1);
		return 0;
	}
	return pico_call(p);
}

static int has_global(struct pico *p, const char *name)
{
	int yes;

	lua_getglobal(p->L, name);
	yes = !lua_isnil(p->L, -1);
	lua_pop(p->L, 1);
	return yes;
}

int pico_reset(struct pico *p)
{
	lua_close(p->L);
	p->L = NULL;
	memset(p->mem, 0, sizeof(p->mem));
	memcpy(p->mem, p->rom, PICO_ROM_SIZE);
	memset(p->menu, 0, sizeof(p->menu));
	p->frames = 0;
	gfx_reset(p);
	audio_reset(&p->audio);
	return pico_boot(p);
}

int pico_boot(struct pico *p)
{
	int rc;

	p->L = lua_newstate(heap_alloc, p);
	if (!p->L) {
		stop(p, "out of memory", "no memory for Lua", 0);
		return -1;
	}
	lua_setmemory(p->L, p->mem);
	pico_api_open(p);
	rc = luaL_loadbufferx(p->L, p->code ? p->code : "", p->code ? strlen(p->code) : 0,
			      "=cart", "t");
	if (rc != LUA_OK) {
		stop(p, rc == LUA_ERRMEM ? "out of memory" : "syntax error",
		     lua_tostring(p->L, -1), 0);
		lua_pop(p->L, 1);
		pico_show_error(p);
		return -1;
	}
	if (pico_call(p))
		return -1;
	p->fps = has_global(p, "_update60") ? 60 : 30;
	return call_global(p, "_init");
}

/* btnp(): pressed this frame, then again after a delay at a steady rate
 * while held (0x5f5c and 0x5f5d, 15 and 4 frames by default at 30 fps,
 * twice that at 60; a delay of 255 never repeats). */
static void update_buttons(struct pico *p)
{
	int delay = p->mem[PICO_BTNP_DELAY] ? p->mem[PICO_BTNP_DELAY] : 15;
	int every = p->mem[PICO_BTNP_EVERY] ? p->mem[PICO_BTNP_EVERY] : 4;
	int pl, b;

	if (p->fps == 60 && !p->mem[PICO_BTNP_DELAY]) {
		delay *= 2;
		every *= 2;
	}
	for (pl = 0; pl < 2; pl++) {
		p->pressed[pl] = 0;
		for (b = 0; b < 7; b++) {
			uint8_t *n = &p->hold_frames[pl][b];

			if (!(p->held[pl] >> b & 1)) {
				*n = 0;
				continue;
			}
			if (*n < 255)
				(*n)++;
			if (*n == 1 || (delay != 255 && *n > delay &&
					(*n - delay - 1) % every == 0))
				p->pressed[pl] |= (uint8_t)(1 << b);
		}
	}
}

void pico_buttons(struct pico *p, int player, unsigned bits)
{
	if (player >= 0 && player < 2)
		p->held[player] = (uint8_t)(bits & 0x7f);
}

int pico_frame(struct pico *p, int draw)
{
	if (p->error[0])
		return -1;
	update_buttons(p);
	if (p->paused || p->pressed[0] >> PICO_PAUSE & 1) {
		pico_menu_frame(p);
		return p->error[0] ? -1 : 0;
	}
	p->frames++;
	if (call_global(p, p->fps == 60 ? "_update60" : "_update"))
		return -1;
	if (draw && call_global(p, "_draw"))
		return -1;
	return 0;
}

/* Runs every frame: the screen palette is resolved once, then each
 * byte gives two pixels. */
void pico_screen(const struct pico *p, uint8_t out[PICO_W * PICO_H])
{
	const uint8_t *screen = p->mem + PICO_SCREEN;
	uint8_t map[16];
	int i;

	for (i = 0; i < 16; i++) {
		uint8_t c = p->mem[PICO_SCREENPAL + i];

		map[i] = (uint8_t)(c & 0x80 ? 16 + (c & 15) : c & 15);
	}
	for (i = 0; i < PICO_W * PICO_H / 2; i++) {
		out[2 * i] = map[screen[i] & 15];
		out[2 * i + 1] = map[screen[i] >> 4];
	}
}

/* Word-wrap @s into lines of at most @cols characters at (x, y). */
static int print_wrapped(struct pico *p, const char *s, int x, int y, int col)
{
	int cols = (PICO_W - x) / GFX_CHAR_W;

	while (*s) {
		int n = (int)strcspn(s, "\n");

		if (n > cols)
			n = cols;
		gfx_print(p, s, n, x, y, col);
		y += GFX_CHAR_H;
		s += n;
		if (*s == '\n')
			s++;
	}
	return y;
}

/* PICO-8's stop screen: what happened and where, in the cart's font;
 * the screen's own state is reset so a cart's palette cannot hide it. */
void pico_show_error(struct pico *p)
{
	gfx_reset(p);
	gfx_cls(p, 0);
	print_wrapped(p, p->error, 1, 1, 8);
}
