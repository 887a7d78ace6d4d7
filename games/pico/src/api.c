/* SPDX-License-Identifier: MIT */
/*
 * api.c - PICO-8's functions for carts, bound to Lua.
 *
 * Numbers reach C as raw 16.16 values (lfix.h).  PICO-8 is lenient: a
 * missing or nil argument counts as 0 (or the documented default) rather
 * than an error, so the helpers below never raise on a bad type.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#include "gfx.h"
#include "pico.h"

#define ONE	LFIX_ONE

/* Argument @i as a raw number, @def when absent or not a number. */
static int fix(lua_State *L, int i, int def)
{
	int ok;
	lua_Number n = lua_tonumberx(L, i, &ok);

	return ok ? n : def;
}

/* Argument @i's integer part (PICO-8 floors), @def when absent. */
static int arg(lua_State *L, int i, int def)
{
	return lua_isnoneornil(L, i) ? def : lfix_toint(fix(L, i, 0));
}

static void push_int(lua_State *L, int v)
{
	lua_pushnumber(L, lfix_fromint(v));
}

/* A colour argument: given, it becomes the pen colour too. */
static int color_arg(lua_State *L, int i)
{
	struct pico *p = pico_of(L);

	if (!lua_isnoneornil(L, i))
		p->mem[PICO_PEN] = (uint8_t)lfix_toint(fix(L, i, 0));
	return p->mem[PICO_PEN];
}

/* ---- graphics */

static int api_cls(lua_State *L)
{
	gfx_cls(pico_of(L), arg(L, 1, 0));
	return 0;
}

static int api_pset(lua_State *L)
{
	gfx_pset(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), color_arg(L, 3));
	return 0;
}

static int api_pget(lua_State *L)
{
	push_int(L, gfx_pget(pico_of(L), arg(L, 1, 0), arg(L, 2, 0)));
	return 1;
}

static int api_sget(lua_State *L)
{
	push_int(L, gfx_sget(pico_of(L), arg(L, 1, 0), arg(L, 2, 0)));
	return 1;
}

static int api_sset(lua_State *L)
{
	gfx_sset(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), color_arg(L, 3));
	return 0;
}

/* fget(n) all flags, fget(n, f) one; fset(n, v) or fset(n, f, v). */
static int api_fget(lua_State *L)
{
	uint8_t flags = pico_of(L)->mem[PICO_FLAGS + (arg(L, 1, 0) & 255)];

	if (lua_isnoneornil(L, 2))
		push_int(L, flags);
	else
		lua_pushboolean(L, flags >> (arg(L, 2, 0) & 7) & 1);
	return 1;
}

static int api_fset(lua_State *L)
{
	uint8_t *flags = &pico_of(L)->mem[PICO_FLAGS + (arg(L, 1, 0) & 255)];
	int bit;

	if (lua_gettop(L) < 3) {
		*flags = (uint8_t)arg(L, 2, 0);
		return 0;
	}
	bit = 1 << (arg(L, 2, 0) & 7);
	*flags = (uint8_t)(lua_toboolean(L, 3) ? *flags | bit : *flags & ~bit);
	return 0;
}

/* line(x0, y0, x1, y1, [col]), or line(x1, y1, [col]) on from the end
 * of the last one. */
static int api_line(lua_State *L)
{
	struct pico *p = pico_of(L);
	int x0, y0, x1, y1, col;

	if (lua_gettop(L) <= 3) {
		x0 = p->line_x;
		y0 = p->line_y;
		x1 = arg(L, 1, 0);
		y1 = arg(L, 2, 0);
		col = color_arg(L, 3);
	} else {
		x0 = arg(L, 1, 0);
		y0 = arg(L, 2, 0);
		x1 = arg(L, 3, 0);
		y1 = arg(L, 4, 0);
		col = color_arg(L, 5);
	}
	gfx_line(p, x0, y0, x1, y1, col);
	p->line_x = x1;
	p->line_y = y1;
	return 0;
}

static int box(lua_State *L, void (*draw)(struct pico *, int, int, int, int, int, int),
	       int fill)
{
	draw(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 0), arg(L, 4, 0),
	     color_arg(L, 5), fill);
	return 0;
}

static int api_rect(lua_State *L) { return box(L, gfx_rect, 0); }
static int api_rectfill(lua_State *L) { return box(L, gfx_rect, 1); }
static int api_oval(lua_State *L) { return box(L, gfx_oval, 0); }
static int api_ovalfill(lua_State *L) { return box(L, gfx_oval, 1); }

static int circle(lua_State *L, int fill)
{
	gfx_circ(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 4),
		 color_arg(L, 4), fill);
	return 0;
}

static int api_circ(lua_State *L) { return circle(L, 0); }
static int api_circfill(lua_State *L) { return circle(L, 1); }

/* spr(n, x, y, [w, h], [flip_x, flip_y]): w and h in sprites, fractions
 * allowed (0.5 draws half a sprite). */
static int api_spr(lua_State *L)
{
	int w = lfix_mul(fix(L, 4, ONE), 8 * ONE), h = lfix_mul(fix(L, 5, ONE), 8 * ONE);

	gfx_spr(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 0),
		lfix_toint(w), lfix_toint(h), lua_toboolean(L, 6), lua_toboolean(L, 7));
	return 0;
}

static int api_sspr(lua_State *L)
{
	int sw = arg(L, 3, 0), sh = arg(L, 4, 0);

	gfx_sspr(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), sw, sh, arg(L, 5, 0),
		 arg(L, 6, 0), arg(L, 7, sw), arg(L, 8, sh), lua_toboolean(L, 9),
		 lua_toboolean(L, 10));
	return 0;
}

static int api_map(lua_State *L)
{
	gfx_map(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 0), arg(L, 4, 0),
		arg(L, 5, 128), arg(L, 6, 32), arg(L, 7, 0));
	return 0;
}

/* tline(x0, y0, x1, y1, mx, my, [mdx, mdy], [layers]): map position and
 * step in tiles, fractions kept (mdx defaults to 1/8: a pixel). */
static int api_tline(lua_State *L)
{
	gfx_tline(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 0), arg(L, 4, 0),
		  fix(L, 5, 0), fix(L, 6, 0), fix(L, 7, ONE / 8), fix(L, 8, 0), arg(L, 9, 0));
	return 0;
}

static int api_mget(lua_State *L)
{
	push_int(L, gfx_mget(pico_of(L), arg(L, 1, 0), arg(L, 2, 0)));
	return 1;
}

static int api_mset(lua_State *L)
{
	gfx_mset(pico_of(L), arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 0));
	return 0;
}

/* The text print() and tostr() show for any value. */
static const char *text_of(lua_State *L, int i, size_t *len)
{
	switch (lua_type(L, i)) {
	case LUA_TNONE:
	case LUA_TNIL:
		*len = 5;
		return "[nil]";
	case LUA_TSTRING:
	case LUA_TNUMBER:
		return lua_tolstring(L, i, len);
	case LUA_TBOOLEAN:
		*len = lua_toboolean(L, i) ? 4 : 5;
		return lua_toboolean(L, i) ? "true" : "false";
	case LUA_TFUNCTION:
		*len = 10;
		return "[function]";
	default:
		*len = 7;
		return "[table]";
	}
}

/*
 * print(s, [x, y], [col]) or print(s, col).  Without a position it prints
 * at the cursor and moves it down a line, scrolling the screen at the
 * bottom.  Returns the x after the text.
 */
static int api_print(lua_State *L)
{
	struct pico *p = pico_of(L);
	size_t len;
	const char *s = text_of(L, 1, &len);
	int x, y, col, at_cursor = lua_gettop(L) <= 2;

	if (at_cursor) {
		col = color_arg(L, 2);
		x = p->mem[PICO_CURSOR];
		y = p->mem[PICO_CURSOR + 1];
		if (y > PICO_H - 2 * GFX_CHAR_H) {	/* scroll */
			memmove(p->mem + PICO_SCREEN, p->mem + PICO_SCREEN + 64 * GFX_CHAR_H,
				64 * (PICO_H - GFX_CHAR_H));
			memset(p->mem + PICO_SCREEN + 64 * (PICO_H - GFX_CHAR_H), 0,
			       64 * GFX_CHAR_H);
			y -= GFX_CHAR_H;
		}
	} else {
		x = arg(L, 2, 0);
		y = arg(L, 3, 0);
		col = color_arg(L, 4);
	}
	x = gfx_print(p, s, (int)len, x, y, col);
	if (at_cursor)
		p->mem[PICO_CURSOR + 1] = (uint8_t)(y + GFX_CHAR_H);
	push_int(L, x);
	return 1;
}

static int api_color(lua_State *L)
{
	struct pico *p = pico_of(L);
	int old = p->mem[PICO_PEN];

	p->mem[PICO_PEN] = (uint8_t)arg(L, 1, 6);
	push_int(L, old);
	return 1;
}

static int api_cursor(lua_State *L)
{
	struct pico *p = pico_of(L);

	p->mem[PICO_CURSOR] = (uint8_t)arg(L, 1, 0);
	p->mem[PICO_CURSOR + 1] = (uint8_t)arg(L, 2, 0);
	if (!lua_isnoneornil(L, 3))
		color_arg(L, 3);
	return 0;
}

static int api_camera(lua_State *L)
{
	uint8_t *c = pico_of(L)->mem + PICO_CAMERA;
	int x = arg(L, 1, 0), y = arg(L, 2, 0);

	c[0] = (uint8_t)x;
	c[1] = (uint8_t)(x >> 8);
	c[2] = (uint8_t)y;
	c[3] = (uint8_t)(y >> 8);
	return 0;
}

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* clip(x, y, w, h) or clip() for the whole screen. */
static int api_clip(lua_State *L)
{
	uint8_t *c = pico_of(L)->mem + PICO_CLIP;
	int x = arg(L, 1, 0), y = arg(L, 2, 0);

	if (lua_isnoneornil(L, 1)) {
		memcpy(c, "\0\0\x80\x80", 4);
		return 0;
	}
	c[0] = (uint8_t)clamp(x, 0, 128);
	c[1] = (uint8_t)clamp(y, 0, 128);
	c[2] = (uint8_t)clamp(x + arg(L, 3, 128), 0, 128);
	c[3] = (uint8_t)clamp(y + arg(L, 4, 128), 0, 128);
	return 0;
}

/* pal(c0, c1, [p]): p 0 the draw palette, 1 the screen palette;
 * pal(table, [p]) several; pal() resets both and the transparency. */
static int api_pal(lua_State *L)
{
	struct pico *p = pico_of(L);
	int i;

	if (lua_isnoneornil(L, 1)) {
		for (i = 0; i < 16; i++) {
			p->mem[PICO_DRAWPAL + i] = (uint8_t)(i | (i ? 0 : 0x10));
			p->mem[PICO_SCREENPAL + i] = (uint8_t)i;
		}
		return 0;
	}
	if (lua_istable(L, 1)) {
		int base = arg(L, 2, 0) == 1 ? PICO_SCREENPAL : PICO_DRAWPAL;

		for (i = 0; i < 16; i++) {
			lua_rawgeti(L, 1, i);
			if (lua_isnumber(L, -1)) {
				uint8_t *e = &p->mem[base + i];
				*e = (uint8_t)((*e & 0x10) | (lfix_toint(fix(L, -1, 0)) & 0x8f));
			}
			lua_pop(L, 1);
		}
		return 0;
	}
	i = arg(L, 1, 0) & 15;
	if (arg(L, 3, 0) == 1) {
		p->mem[PICO_SCREENPAL + i] = (uint8_t)(arg(L, 2, 0) & 0x8f);
	} else {
		uint8_t *e = &p->mem[PICO_DRAWPAL + i];
		*e = (uint8_t)((*e & 0x10) | (arg(L, 2, 0) & 15));
	}
	return 0;
}

/* palt(c, t), palt(bits) with bit 15 colour 0, palt() the default. */
static int api_palt(lua_State *L)
{
	uint8_t *pal = pico_of(L)->mem + PICO_DRAWPAL;
	int i, bits;

	if (lua_gettop(L) >= 2) {
		i = arg(L, 1, 0) & 15;
		pal[i] = (uint8_t)((pal[i] & 15) | (lua_toboolean(L, 2) ? 0x10 : 0));
		return 0;
	}
	bits = lua_isnoneornil(L, 1) ? 0x8000 : arg(L, 1, 0);
	for (i = 0; i < 16; i++)
		pal[i] = (uint8_t)((pal[i] & 15) | (bits >> (15 - i) & 1 ? 0x10 : 0));
	return 0;
}

/* fillp(p): the 4x4 pattern in the integer part, bit 15 top left; a
 * fraction of 0.5 makes the pattern's set bits transparent. */
static int api_fillp(lua_State *L)
{
	uint8_t *f = pico_of(L)->mem + PICO_FILLP;
	int v = fix(L, 1, 0);

	f[0] = (uint8_t)(v >> 16);
	f[1] = (uint8_t)(v >> 24);
	f[2] = (uint8_t)(v & 0x8000 ? 1 : 0);
	return 0;
}

static int api_flip(lua_State *L)
{
	struct pico *p = pico_of(L);

	if (p->flip)
		p->flip(p);
	return 0;
}

/* ---- input */

static int buttons(lua_State *L, const uint8_t state[2])
{
	int player = arg(L, 2, 0);

	if (lua_isnoneornil(L, 1))
		push_int(L, (state[0] & 0x3f) | (state[1] & 0x3f) << 8);
	else if (player < 0 || player > 1)
		lua_pushboolean(L, 0);
	else
		lua_pushboolean(L, state[player] >> (arg(L, 1, 0) & 7) & 1);
	return 1;
}

static int api_btn(lua_State *L) { return buttons(L, pico_of(L)->held); }
static int api_btnp(lua_State *L) { return buttons(L, pico_of(L)->pressed); }

/* ---- math: PICO-8's angles are turns, and sin is upside down (y grows
 * downwards on the screen) */

static void push_double(lua_State *L, double v)
{
	lua_pushnumber(L, (lua_Number)floor(v * 65536.0 + 0.5));	/* small: no 64-bit conversion */
}

static double to_double(int raw)
{
	return raw / 65536.0;
}

static int api_flr(lua_State *L)
{
	lua_pushnumber(L, fix(L, 1, 0) & ~0xffff);
	return 1;
}

static int api_ceil(lua_State *L)
{
	lua_pushnumber(L, lfix_unm(lfix_unm(fix(L, 1, 0)) & ~0xffff));
	return 1;
}

static int api_abs(lua_State *L)
{
	int v = fix(L, 1, 0);

	lua_pushnumber(L, v < 0 ? lfix_unm(v) : v);
	return 1;
}

static int api_min(lua_State *L)
{
	int a = fix(L, 1, 0), b = fix(L, 2, 0);

	lua_pushnumber(L, a < b ? a : b);
	return 1;
}

static int api_max(lua_State *L)
{
	int a = fix(L, 1, 0), b = fix(L, 2, 0);

	lua_pushnumber(L, a > b ? a : b);
	return 1;
}

static int api_mid(lua_State *L)
{
	int a = fix(L, 1, 0), b = fix(L, 2, 0), c = fix(L, 3, 0);

	if (a > b) {
		int t = a;
		a = b;
		b = t;
	}
	lua_pushnumber(L, c < a ? a : c > b ? b : c);
	return 1;
}

static int api_sgn(lua_State *L)
{
	lua_pushnumber(L, fix(L, 1, 0) < 0 ? -ONE : ONE);
	return 1;
}

/* The square root of the raw value times 2^16 is the raw root. */
static int api_sqrt(lua_State *L)
{
	int v = fix(L, 1, 0);
	unsigned long long x = (unsigned long long)(v > 0 ? v : 0) << 16, r = 0, bit;

	for (bit = 1ULL << 46; bit; bit >>= 2)
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
	lua_pushnumber(L, (lua_Number)r);
	return 1;
}

static int api_sin(lua_State *L)
{
	push_double(L, -sin(to_double(fix(L, 1, 0)) * 2 * M_PI));
	return 1;
}

static int api_cos(lua_State *L)
{
	push_double(L, cos(to_double(fix(L, 1, 0)) * 2 * M_PI));
	return 1;
}

/* atan2(dx, dy): the turn from (1, 0) to (dx, dy) with y down, 0..1. */
static int api_atan2(lua_State *L)
{
	double dx = to_double(fix(L, 1, ONE)), dy = to_double(fix(L, 2, 0));
	double a = dx == 0 && dy == 0 ? 0.25 : atan2(-dy, dx) / (2 * M_PI);

	push_double(L, a < 0 ? a + 1 : a);
	return 1;
}

/* xorshift64 in two words: fast on a 32-bit CPU, reproducible. */
static uint32_t rng_next(struct pico *p)
{
	uint32_t a = p->rng[0], b = p->rng[1];

	a ^= a << 13;
	a ^= a >> 17;
	a ^= a << 5;
	p->rng[0] = b;
	p->rng[1] = a ^ b ^ (b >> 7);
	return p->rng[1] + b;
}

/* rnd(x): 0 <= n < x (default 1); rnd(table): one of its elements. */
static int api_rnd(lua_State *L)
{
	struct pico *p = pico_of(L);
	int x;

	if (lua_istable(L, 1)) {
		int n = (int)lua_rawlen(L, 1);

		if (n == 0)
			return 0;
		lua_rawgeti(L, 1, 1 + (int)(rng_next(p) % (unsigned)n));
		return 1;
	}
	x = fix(L, 1, ONE);
	lua_pushnumber(L, x > 0 ? (int)(rng_next(p) % (unsigned)x) : 0);
	return 1;
}

static int api_srand(lua_State *L)
{
	struct pico *p = pico_of(L);
	int i;

	p->rng[0] = (uint32_t)fix(L, 1, 0) ^ 0x9e3779b9;
	p->rng[1] = 0x7f4a7c15;
	for (i = 0; i < 8; i++)	/* mix the seed in */
		rng_next(p);
	return 0;
}

/* band(a, b) and friends: the operators as functions. */
static int binary(lua_State *L, int op)
{
	lua_settop(L, 2);
	lua_pushnumber(L, fix(L, 1, 0));
	lua_pushnumber(L, fix(L, 2, 0));
	lua_arith(L, op);
	return 1;
}

static int api_band(lua_State *L) { return binary(L, LUA_OPBAND); }
static int api_bor(lua_State *L) { return binary(L, LUA_OPBOR); }
static int api_bxor(lua_State *L) { return binary(L, LUA_OPBXOR); }
static int api_shl(lua_State *L) { return binary(L, LUA_OPSHL); }
static int api_shr(lua_State *L) { return binary(L, LUA_OPSHR); }
static int api_lshr(lua_State *L) { return binary(L, LUA_OPLSHR); }
static int api_rotl(lua_State *L) { return binary(L, LUA_OPROTL); }
static int api_rotr(lua_State *L) { return binary(L, LUA_OPROTR); }

static int api_bnot(lua_State *L)
{
	lua_pushnumber(L, ~fix(L, 1, 0));
	return 1;
}

/* ---- strings */

/* tostr(v, [hex]): hex shows a number's raw bits as 0xiiii.ffff. */
static int api_tostr(lua_State *L)
{
	size_t len;
	const char *s;

	if (lua_type(L, 1) == LUA_TNUMBER && lua_toboolean(L, 2)) {
		unsigned v = (unsigned)fix(L, 1, 0);
		char buf[16];

		snprintf(buf, sizeof(buf), "0x%04x.%04x", v >> 16, v & 0xffff);
		lua_pushstring(L, buf);
		return 1;
	}
	s = text_of(L, 1, &len);
	lua_pushlstring(L, s, len);
	return 1;
}

/* tonum(s): the number a whole string spells, or nothing at all. */
static int api_tonum(lua_State *L)
{
	if (lua_type(L, 1) == LUA_TBOOLEAN) {
		lua_pushnumber(L, lua_toboolean(L, 1) ? ONE : 0);
		return 1;
	}
	if (!lua_isnumber(L, 1))
		return 0;
	lua_pushnumber(L, fix(L, 1, 0));
	return 1;
}

static int api_chr(lua_State *L)
{
	luaL_Buffer b;
	int i, n = lua_gettop(L);

	luaL_buffinit(L, &b);
	for (i = 1; i <= n; i++)
		luaL_addchar(&b, (char)(arg(L, i, 0) & 255));
	luaL_pushresult(&b);
	return 1;
}

/* ord(s, [i], [n]): the codes of n characters from the i-th. */
static int api_ord(lua_State *L)
{
	size_t len;
	const char *s = lua_tolstring(L, 1, &len);
	int i = arg(L, 2, 1), n = arg(L, 3, 1), k;

	if (!s)
		return 0;
	luaL_checkstack(L, n, "ord");
	for (k = 0; k < n; k++) {
		if (i + k < 1 || i + k > (int)len)
			lua_pushnil(L);
		else
			push_int(L, (unsigned char)s[i + k - 1]);
	}
	return n;
}

/* A string position as Lua has them: negative counts from the end. */
static int position(int i, int len)
{
	return i < 0 ? len + i + 1 : i;
}

static int api_sub(lua_State *L)
{
	size_t len;
	const char *s = text_of(L, 1, &len);
	int n = (int)len;
	int i = position(arg(L, 2, 1), n), j = position(arg(L, 3, -1), n);

	if (i < 1)
		i = 1;
	if (j > n)
		j = n;
	if (i > j)
		lua_pushliteral(L, "");
	else
		lua_pushlstring(L, s + i - 1, (size_t)(j - i + 1));
	return 1;
}

static void push_piece(lua_State *L, const char *s, size_t n, int convert)
{
	lua_pushlstring(L, s, n);
	if (convert && lua_isnumber(L, -1)) {
		lua_pushnumber(L, fix(L, -1, 0));
		lua_remove(L, -2);
	}
}

/* split(s, [sep], [convert]): sep "," by default, "" or a number cuts
 * every that many characters; numbers become numbers unless convert is
 * false. */
static int api_split(lua_State *L)
{
	size_t len, seplen = 1;
	const char *s = luaL_optlstring(L, 1, "", &len), *sep = ",";
	int convert = lua_isnoneornil(L, 3) || lua_toboolean(L, 3), n = 1;
	size_t i, start = 0, every = 0;

	if (lua_type(L, 2) == LUA_TNUMBER)
		every = (size_t)(arg(L, 2, 1) > 0 ? arg(L, 2, 1) : 1);
	else if (lua_isstring(L, 2))
		sep = lua_tolstring(L, 2, &seplen);
	if (seplen == 0)
		every = 1;
	lua_newtable(L);
	for (i = 0; i <= len; i++) {
		int cut = every ? (i - start == every || i == len) && i > start
				: i == len || s[i] == sep[0];

		if (!cut)
			continue;
		push_piece(L, s + start, i - start, convert);
		lua_rawseti(L, -2, n++);
		start = every ? i : i + 1;
	}
	return 1;
}

/* ---- tables */

/* add(t, v, [i]): appends, or inserts at i; returns v. */
static int api_add(lua_State *L)
{
	int n, i, at;

	if (!lua_istable(L, 1))
		return 0;
	n = (int)lua_rawlen(L, 1);
	at = lua_gettop(L) >= 3 ? arg(L, 3, n + 1) : n + 1;
	if (at < 1 || at > n + 1)
		at = n + 1;
	for (i = n; i >= at; i--) {
		lua_rawgeti(L, 1, i);
		lua_rawseti(L, 1, i + 1);
	}
	lua_settop(L, 2);
	lua_pushvalue(L, 2);
	lua_rawseti(L, 1, at);
	return 1;
}

/* Remove t[at], closing the gap; leaves the removed value on the stack. */
static void remove_at(lua_State *L, int at, int n)
{
	int i;

	lua_rawgeti(L, 1, at);
	for (i = at; i < n; i++) {
		lua_rawgeti(L, 1, i + 1);
		lua_rawseti(L, 1, i);
	}
	lua_pushnil(L);
	lua_rawseti(L, 1, n);
}

/* del(t, v): removes the first v; returns it. */
static int api_del(lua_State *L)
{
	int n, i;

	if (!lua_istable(L, 1))
		return 0;
	n = (int)lua_rawlen(L, 1);
	for (i = 1; i <= n; i++) {
		int same;

		lua_rawgeti(L, 1, i);
		same = lua_rawequal(L, -1, 2);
		lua_pop(L, 1);
		if (same) {
			remove_at(L, i, n);
			return 1;
		}
	}
	return 0;
}

/* deli(t, [i]): removes t[i] (the last by default); returns it. */
static int api_deli(lua_State *L)
{
	int n, at;

	if (!lua_istable(L, 1))
		return 0;
	n = (int)lua_rawlen(L, 1);
	at = arg(L, 2, n);
	if (at < 1 || at > n)
		return 0;
	remove_at(L, at, n);
	return 1;
}

/* count(t, [v]): the length, or how many elements equal v. */
static int api_count(lua_State *L)
{
	int n, i, c = 0;

	if (!lua_istable(L, 1))
		return 0;
	n = (int)lua_rawlen(L, 1);
	if (lua_isnoneornil(L, 2)) {
		push_int(L, n);
		return 1;
	}
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, 1, i);
		c += lua_rawequal(L, -1, 2);
		lua_pop(L, 1);
	}
	push_int(L, c);
	return 1;
}

/*
 * One step of all() and foreach(): the element after index *i, where
 * *last was returned.  If the element at *i is no longer *last, the cart
 * deleted it, and what moved into its place comes next: deleting the
 * current element inside the loop is how carts use them.  Pushes the
 * element and returns 1, or returns 0 at the end.
 */
static int step(lua_State *L, int t, int *i, int last)
{
	if (*i > 0) {
		int same;

		lua_rawgeti(L, t, *i);
		same = lua_rawequal(L, -1, last);
		lua_pop(L, 1);
		if (same)
			(*i)++;
	} else {
		*i = 1;
	}
	lua_rawgeti(L, t, *i);
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		return 0;
	}
	return 1;
}

/* The iterator all() returns: upvalues table, index, last element. */
static int all_next(lua_State *L)
{
	int i = lfix_toint(fix(L, lua_upvalueindex(2), 0));

	if (!step(L, lua_upvalueindex(1), &i, lua_upvalueindex(3)))
		return 0;
	push_int(L, i);
	lua_replace(L, lua_upvalueindex(2));
	lua_pushvalue(L, -1);
	lua_replace(L, lua_upvalueindex(3));
	return 1;
}

static int api_all(lua_State *L)
{
	if (!lua_istable(L, 1)) {
		lua_newtable(L);
		lua_replace(L, 1);
	}
	lua_settop(L, 1);
	push_int(L, 0);
	lua_pushnil(L);
	lua_pushcclosure(L, all_next, 3);
	return 1;
}

static int api_foreach(lua_State *L)
{
	int i = 0;

	if (!lua_istable(L, 1))
		return 0;
	lua_settop(L, 2);
	lua_pushnil(L);		/* 3: the last element */
	while (step(L, 1, &i, 3)) {
		lua_pushvalue(L, -1);
		lua_replace(L, 3);
		lua_pushvalue(L, 2);
		lua_insert(L, -2);
		lua_call(L, 1, 0);
	}
	return 0;
}

static int api_unpack(lua_State *L)
{
	int i, first, last;

	if (!lua_istable(L, 1))
		return 0;
	first = arg(L, 2, 1);
	last = arg(L, 3, (int)lua_rawlen(L, 1));
	if (first > last)
		return 0;
	luaL_checkstack(L, last - first + 1, "unpack");
	for (i = first; i <= last; i++)
		lua_rawgeti(L, 1, i);
	return last - first + 1;
}

static int api_pack(lua_State *L)
{
	int i, n = lua_gettop(L);

	lua_createtable(L, n, 1);
	for (i = n; i >= 1; i--) {
		lua_pushvalue(L, i);
		lua_rawseti(L, -2, i);
	}
	push_int(L, n);
	lua_setfield(L, -2, "n");
	return 1;
}

/* ---- memory */

static int address(lua_State *L, int i)
{
	return arg(L, i, 0) & 0xffff;
}

/* A length from @at, cut at the end of memory. */
static int length(lua_State *L, int i, int at)
{
	int n = arg(L, i, 0);

	return n < 0 ? 0 : n > PICO_MEM_SIZE - at ? PICO_MEM_SIZE - at : n;
}

/* peek(a, [n]), peek2 and peek4: n values of 1, 2 or 4 bytes. */
static int peek_n(lua_State *L, int width)
{
	int a = address(L, 1), n = arg(L, 2, 1), k;

	if (n < 0)
		n = 0;
	luaL_checkstack(L, n, "peek");
	for (k = 0; k < n; k++)
		lua_pushnumber(L, lua_peek(L, lfix_fromint(a + k * width), width));
	return n;
}

static int api_peek(lua_State *L) { return peek_n(L, 1); }
static int api_peek2(lua_State *L) { return peek_n(L, 2); }
static int api_peek4(lua_State *L) { return peek_n(L, 4); }

/* poke(a, v...), poke2 and poke4: values of 1, 2 or 4 bytes, little-
 * endian; poke4 stores a number's raw bits, the others its integer. */
static int poke_n(lua_State *L, int width)
{
	uint8_t *m = pico_of(L)->mem;
	int a = address(L, 1), n = lua_gettop(L), i, k;

	for (i = 2; i <= n || (i == 2 && n < 2); i++) {
		unsigned v = width == 4 ? (unsigned)fix(L, i, 0) : (unsigned)arg(L, i, 0);

		for (k = 0; k < width; k++)
			m[(a + (i - 2) * width + k) & 0xffff] = (uint8_t)(v >> 8 * k);
	}
	return 0;
}

static int api_poke(lua_State *L) { return poke_n(L, 1); }
static int api_poke2(lua_State *L) { return poke_n(L, 2); }
static int api_poke4(lua_State *L) { return poke_n(L, 4); }

static int api_memcpy(lua_State *L)
{
	uint8_t *m = pico_of(L)->mem;
	int dst = address(L, 1), src = address(L, 2);
	int n = length(L, 3, dst > src ? dst : src);

	memmove(m + dst, m + src, (size_t)n);
	return 0;
}

static int api_memset(lua_State *L)
{
	int dst = address(L, 1);

	memset(pico_of(L)->mem + dst, arg(L, 2, 0) & 255, (size_t)length(L, 3, dst));
	return 0;
}

/* reload(dst, src, len) from the cart image, cstore() back to it (the
 * image in memory: the cart file is never written). */
static int copy_rom(lua_State *L, int to_rom)
{
	struct pico *p = pico_of(L);
	int dst = address(L, 1), src = address(L, 2);
	int n = lua_isnoneornil(L, 3) ? PICO_ROM_SIZE : arg(L, 3, 0);
	int rom_at = to_rom ? dst : src, mem_at = to_rom ? src : dst;

	if (n < 0 || rom_at >= PICO_ROM_SIZE)
		return 0;
	if (n > PICO_ROM_SIZE - rom_at)
		n = PICO_ROM_SIZE - rom_at;
	if (n > PICO_MEM_SIZE - mem_at)
		n = PICO_MEM_SIZE - mem_at;
	if (to_rom)
		memcpy(p->rom + rom_at, p->mem + mem_at, (size_t)n);
	else
		memcpy(p->mem + mem_at, p->rom + rom_at, (size_t)n);
	return 0;
}

static int api_reload(lua_State *L) { return copy_rom(L, 0); }
static int api_cstore(lua_State *L) { return copy_rom(L, 1); }

/* ---- the rest */

static int api_time(lua_State *L)
{
	struct pico *p = pico_of(L);

	lua_pushnumber(L, (lua_Number)((long long)p->frames * ONE / p->fps));
	return 1;
}

static int channel_stat(const struct pico *p, int ch, int what)
{
	const struct pico_channel *c = &p->audio.ch[ch];

	if (c->sfx < 0)
		return -1;
	return what ? c->note : c->sfx;
}

/* stat(n) for the indexes carts commonly read; 0 for the others. */
static int api_stat(lua_State *L)
{
	struct pico *p = pico_of(L);
	int n = arg(L, 1, 0);
	time_t now = time(NULL);
	struct tm tm;

	if ((n >= 80 && n <= 85) || (n >= 90 && n <= 95)) {	/* UTC, local time */
		if (n < 90)
			gmtime_r(&now, &tm);
		else
			localtime_r(&now, &tm);
		{
			const int field[6] = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
					       tm.tm_hour, tm.tm_min, tm.tm_sec };
			push_int(L, field[n % 10]);
		}
		return 1;
	}
	if (n >= 16 && n <= 24)	/* the old indexes of 46-54 */
		n += 30;
	if (n >= 46 && n <= 53) {	/* each channel's sfx, then its note */
		push_int(L, channel_stat(p, (n - 46) & 3, n >= 50));
		return 1;
	}
	switch (n) {
	case 0:		/* Lua memory in KiB */
		lua_pushnumber(L, (lua_Number)(p->heap * 64));
		break;
	case 1:		/* CPU: the share of the frame used */
		lua_pushnumber(L, p->cpu);
		break;
	case 7:
	case 8:
		push_int(L, p->fps);
		break;
	case 54:
		push_int(L, p->audio.pattern);
		break;
	case 6:
		lua_pushliteral(L, "");
		break;
	default:
		push_int(L, 0);
	}
	return 1;
}

static void save_cartdata(struct pico *p)
{
	FILE *f;

	if (!p->cartdata_path[0])
		return;
	f = fopen(p->cartdata_path, "wb");
	if (!f || fwrite(p->mem + PICO_CARTDATA, 256, 1, f) != 1)
		fprintf(stderr, "pico: cartdata %s not saved\n", p->cartdata_path);
	if (f)
		fclose(f);
}

static int make_dir(const char *dir)
{
	return mkdir(dir, 0755) && errno != EEXIST ? -1 : 0;
}

/* The directory for cartdata: $HOME/.pico8 when it can be made, else
 * /tmp (the N64's root is read-only). */
static void cartdata_dir(char *dir, size_t size)
{
	const char *home = getenv("HOME");

	snprintf(dir, size, "%s/.pico8", home && *home ? home : "/tmp");
	if (make_dir(dir)) {
		snprintf(dir, size, "/tmp/pico8");
		make_dir(dir);
	}
}

/* cartdata(id): 64 numbers kept across runs under the id (letters,
 * digits and _ only); returns whether they were there before. */
static int api_cartdata(lua_State *L)
{
	struct pico *p = pico_of(L);
	const char *id = luaL_optstring(L, 1, "");
	char dir[200];
	FILE *f;
	int found = 0;
	size_t i;

	if (p->cartdata_path[0])
		return luaL_error(L, "cartdata() can only be called once");
	if (!*id || strlen(id) > 64 || id[strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_")])
		return luaL_error(L, "cartdata: bad id '%s'", id);
	cartdata_dir(dir, sizeof(dir));
	snprintf(p->cartdata_path, sizeof(p->cartdata_path), "%s/%s.dat", dir, id);
	f = fopen(p->cartdata_path, "rb");
	if (f) {
		found = fread(p->mem + PICO_CARTDATA, 256, 1, f) == 1;
		fclose(f);
	}
	for (i = 0; !found && i < 256; i++)
		p->mem[PICO_CARTDATA + i] = 0;
	lua_pushboolean(L, found);
	return 1;
}

static int api_dget(lua_State *L)
{
	int i = arg(L, 1, 0);

	lua_pushnumber(L, i < 0 || i > 63 ? 0 : lua_peek(L, lfix_fromint(PICO_CARTDATA + 4 * i), 4));
	return 1;
}

static int api_dset(lua_State *L)
{
	struct pico *p = pico_of(L);
	int i = arg(L, 1, 0), k;
	unsigned v = (unsigned)fix(L, 2, 0);

	if (i < 0 || i > 63)
		return 0;
	for (k = 0; k < 4; k++)
		p->mem[PICO_CARTDATA + 4 * i + k] = (uint8_t)(v >> 8 * k);
	save_cartdata(p);
	return 0;
}

/* menuitem(i, [label], [fn]): items 1-5 of the pause menu; no label
 * removes one. */
static int api_menuitem(lua_State *L)
{
	struct pico *p = pico_of(L);
	int i = arg(L, 1, 0);
	struct pico_menuitem *m;

	if (i < 1 || i > 5)
		return 0;
	m = &p->menu[i - 1];
	if (m->ref)
		luaL_unref(L, LUA_REGISTRYINDEX, m->ref);
	m->ref = 0;
	m->label[0] = '\0';
	if (lua_isstring(L, 2)) {
		snprintf(m->label, sizeof(m->label), "%s", lua_tostring(L, 2));
		lua_pushvalue(L, 3);
		m->ref = luaL_ref(L, LUA_REGISTRYINDEX);
	}
	return 0;
}

/* extcmd(): screenshots, recording and the like have nothing to do. */
static int api_extcmd(lua_State *L)
{
	(void)L;
	return 0;
}

static int api_printh(lua_State *L)
{
	size_t len;
	const char *s = text_of(L, 1, &len);

	printf("pico: printh %.*s\n", (int)len, s);
	fflush(stdout);
	return 0;
}

static int api_stop(lua_State *L)
{
	return luaL_error(L, "%s", luaL_optstring(L, 1, "stopped"));
}

static int api_reset(lua_State *L)
{
	gfx_reset(pico_of(L));
	return 0;
}

static int api_sfx(lua_State *L)
{
	struct pico *p = pico_of(L);

	audio_sfx(&p->audio, p->mem, arg(L, 1, -1), arg(L, 2, -1), arg(L, 3, 0),
		  arg(L, 4, 32));
	return 0;
}

static int api_music(lua_State *L)
{
	struct pico *p = pico_of(L);

	audio_music(&p->audio, p->mem, arg(L, 1, 0), arg(L, 2, 0), arg(L, 3, 15));
	return 0;
}

static const luaL_Reg api[] = {
	{ "cls", api_cls }, { "pset", api_pset }, { "pget", api_pget },
	{ "sget", api_sget }, { "sset", api_sset }, { "fget", api_fget },
	{ "fset", api_fset }, { "line", api_line }, { "rect", api_rect },
	{ "rectfill", api_rectfill }, { "oval", api_oval },
	{ "ovalfill", api_ovalfill }, { "circ", api_circ },
	{ "circfill", api_circfill }, { "spr", api_spr }, { "sspr", api_sspr },
	{ "map", api_map }, { "mapdraw", api_map }, { "tline", api_tline },
	{ "mget", api_mget },
	{ "mset", api_mset }, { "print", api_print }, { "color", api_color },
	{ "cursor", api_cursor }, { "camera", api_camera }, { "clip", api_clip },
	{ "pal", api_pal }, { "palt", api_palt }, { "fillp", api_fillp },
	{ "flip", api_flip }, { "btn", api_btn }, { "btnp", api_btnp },
	{ "flr", api_flr }, { "ceil", api_ceil }, { "abs", api_abs },
	{ "min", api_min }, { "max", api_max }, { "mid", api_mid },
	{ "sgn", api_sgn }, { "sqrt", api_sqrt }, { "sin", api_sin },
	{ "cos", api_cos }, { "atan2", api_atan2 }, { "rnd", api_rnd },
	{ "srand", api_srand }, { "band", api_band }, { "bor", api_bor },
	{ "bxor", api_bxor }, { "bnot", api_bnot }, { "shl", api_shl },
	{ "shr", api_shr }, { "lshr", api_lshr }, { "rotl", api_rotl },
	{ "rotr", api_rotr }, { "tostr", api_tostr }, { "tonum", api_tonum },
	{ "chr", api_chr }, { "ord", api_ord }, { "sub", api_sub },
	{ "split", api_split }, { "add", api_add }, { "del", api_del },
	{ "deli", api_deli }, { "count", api_count }, { "all", api_all },
	{ "foreach", api_foreach }, { "unpack", api_unpack }, { "pack", api_pack },
	{ "peek", api_peek }, { "peek2", api_peek2 }, { "peek4", api_peek4 },
	{ "poke", api_poke }, { "poke2", api_poke2 }, { "poke4", api_poke4 },
	{ "memcpy", api_memcpy }, { "memset", api_memset },
	{ "reload", api_reload }, { "cstore", api_cstore }, { "time", api_time },
	{ "t", api_time }, { "stat", api_stat }, { "cartdata", api_cartdata },
	{ "dget", api_dget }, { "dset", api_dset }, { "menuitem", api_menuitem },
	{ "extcmd", api_extcmd }, { "printh", api_printh }, { "stop", api_stop },
	{ "reset", api_reset }, { "sfx", api_sfx }, { "music", api_music },
	{ NULL, NULL }
};

/* Lua's base functions that PICO-8 lacks and that would reach files or
 * assume floating-point numbers. */
static const char *const unsafe[] = {
	"dofile", "loadfile", "load", "loadstring", "require", "collectgarbage",
	"tonumber", "module", NULL
};

/* PICO-8's names for the coroutine functions. */
static const char *const coroutine_names[][2] = {
	{ "cocreate", "create" }, { "coresume", "resume" },
	{ "costatus", "status" }, { "yield", "yield" }, { NULL, NULL }
};

/* The glyph names of the buttons (p8.c turns ⬅️ into "\x8b"). */
static const char *const button_names[6] = {
	"\x8b", "\x91", "\x94", "\x83", "\x8e", "\x97"
};

void pico_api_open(struct pico *p)
{
	lua_State *L = p->L;
	int i;

	for (i = 0; i < 6; i++) {
		push_int(L, i);
		lua_setglobal(L, button_names[i]);
	}
	luaL_requiref(L, "_G", luaopen_base, 1);
	lua_pop(L, 1);
	for (i = 0; unsafe[i]; i++) {
		lua_pushnil(L);
		lua_setglobal(L, unsafe[i]);
	}
	luaL_requiref(L, "coroutine", luaopen_coroutine, 0);
	for (i = 0; coroutine_names[i][0]; i++) {
		lua_getfield(L, -1, coroutine_names[i][1]);
		lua_setglobal(L, coroutine_names[i][0]);
	}
	lua_pop(L, 1);
	lua_pushglobaltable(L);
	luaL_setfuncs(L, api, 0);
	lua_pop(L, 1);
}
