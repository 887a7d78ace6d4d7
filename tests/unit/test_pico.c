/* SPDX-License-Identifier: MIT */
/*
 * test_pico.c - the PICO-8 machine (games/pico) on the host: the .p8
 * format section by section and malformed, each API function's
 * documented behaviour (table-driven, like test_pico_lua.c), btnp's
 * repeat timing, the pause menu, the synthesizer's sfx and music,
 * cartdata persistence, the error screen, and a scene
 * rendered pixel for pixel against tests/ref/pico-scene.ppm.
 */
#include <unistd.h>

#include "check.h"
#include "pico_run.h"

#define HEAD "pico-8 cartridge // http://www.pico-8.com\nversion 41\n"

struct cart_case {
	const char *text;
	const char *error;	/* NULL: it must load */
};

static const struct cart_case carts[] = {
	{ HEAD "__lua__\nx = 1\n", NULL },
	{ HEAD "__gfx__\n0123\n__gff__\n0102\n__map__\n0a0b\n", NULL },	/* data only */
	{ HEAD "__lua__\n\n__gfx__\n\n0123\n\n", NULL },	/* blank lines */
	{ HEAD "__label__\n0123456789abcdef\n", NULL },
	{ HEAD "__lua__\nx = 1\n__meta:title__\nmy game\nby me\n", NULL },
	{ "pico-8 cartridge\r\n__lua__\r\nx = 1\r\n", NULL },	/* CRLF */
	{ "", "not a PICO-8 cart" },
	{ "hello\n__lua__\n", "not a PICO-8 cart" },
	{ HEAD "__lua__\n#include other.lua\n", "line 4: #include is not supported" },
	{ HEAD "__lua__\nx=1\n__lua__\n", "line 5: a second __lua__ section" },
	{ HEAD "__foo__\n", "line 3: unknown section" },
	{ HEAD "stray\n__lua__\n", "line 3: text outside any section" },
	{ HEAD "__gfx__\n01g3\n", "line 4: bad data line" },
	{ HEAD "__gfx__\n" "0000000000000000000000000000000000000000000000000000000000000000"
	  "00000000000000000000000000000000000000000000000000000000000000000\n",
	  "line 4: bad data line" },		/* 129 pixels */
	{ HEAD "__gff__\n00\n00\n00\n", "line 6: bad data line" },	/* 3 lines */
	{ HEAD "__sfx__\n0001\n", "line 4: bad data line" },
	{ HEAD "__music__\n00 4142434\n", "line 4: bad data line" },
	{ HEAD "__music__\n0041424344\n", "line 4: bad data line" },
};

static void test_cart_format(void)
{
	size_t i;

	for (i = 0; i < sizeof(carts) / sizeof(carts[0]); i++) {
		struct pico *p = pico_new();
		int rc = pico_load(p, carts[i].text, strlen(carts[i].text), "t.p8");

		if (!carts[i].error) {
			if (!check_report(rc == 0, __FILE__, __LINE__, carts[i].text))
				fprintf(stderr, "    error: %s\n", p->error);
		} else if (!check_report(rc == -1 && strstr(p->error, carts[i].error),
					 __FILE__, __LINE__, carts[i].text)) {
			fprintf(stderr, "    error \"%s\", want \"%s\"\n", p->error, carts[i].error);
		}
		pico_free(p);
	}
}

/* Where each section's data lands in the cart image. */
static void test_cart_sections(void)
{
	char cart[512], sfx[169];
	struct pico *p = pico_new();

	/* sfx 0: mode 1, speed 30, loop 0 to 16, then notes of pitch (2
	 * digits), waveform, volume, effect: 0c 7 0 5, 18 3 0 0, 0a 3 2 d */
	memset(sfx, '0', 168);
	sfx[168] = '\0';
	memcpy(sfx, "011e0010" "0c705" "18300" "0a32d", 23);
	snprintf(cart, sizeof(cart), HEAD "__lua__\nx = 1\n__gfx__\n1234\n\n"
		 "__gff__\n0180\n__map__\n0a0b\n__sfx__\n%s\n__music__\n05 01424344\n", sfx);
	CHECK_EQ(pico_load(p, cart, strlen(cart), "t.p8"), 0);
	CHECK_EQ(p->mem[0], 0x21);	/* pixels 1, 2: the left one low */
	CHECK_EQ(p->mem[1], 0x43);
	CHECK_EQ(p->mem[PICO_FLAGS], 0x01);
	CHECK_EQ(p->mem[PICO_FLAGS + 1], 0x80);
	CHECK_EQ(p->mem[PICO_MAP], 0x0a);
	CHECK_EQ(p->mem[PICO_MAP + 1], 0x0b);
	/* each note 16 bits: pitch | wave << 6 | volume << 9 | effect << 12 */
	CHECK_EQ(p->mem[PICO_SFX + 64], 0x01);
	CHECK_EQ(p->mem[PICO_SFX + 65], 0x1e);
	CHECK_EQ(p->mem[PICO_SFX + 67], 0x10);
	CHECK_EQ(p->mem[PICO_SFX] | p->mem[PICO_SFX + 1] << 8, 12 | 7 << 6 | 0 << 9 | 5 << 12);
	CHECK_EQ(p->mem[PICO_SFX + 2] | p->mem[PICO_SFX + 3] << 8, 0x18 | 3 << 6 | 0 << 9 | 0 << 12);
	CHECK_EQ(p->mem[PICO_SFX + 4] | p->mem[PICO_SFX + 5] << 8, 0x0a | 3 << 6 | 2 << 9 | 5 << 12);
	/* music 0: flags 5 = loop start and stop; channel 0 plays sfx 1 */
	CHECK_EQ(p->mem[PICO_MUSIC], 0x81);
	CHECK_EQ(p->mem[PICO_MUSIC + 1], 0x42);
	CHECK_EQ(p->mem[PICO_MUSIC + 2], 0xc3);
	CHECK_EQ(p->mem[PICO_MUSIC + 3], 0x44);
	CHECK(!memcmp(p->mem, p->rom, PICO_ROM_SIZE));
	CHECK(!strcmp(p->code, "x = 1\n"));
	pico_free(p);
}

static const struct pico_case api[] = {
	{ "t = {1, 2} r = add(t, 3) .. #t", "33" },
	{ "t = {1, 3} add(t, 2, 2) r = t[1] .. t[2] .. t[3]", "123" },
	{ "t = {1, 2, 3, 2} r = del(t, 2) .. #t .. t[2] .. t[3]", "2332" },
	{ "t = {1, 2, 3} r = tostr(del(t, 9)) .. #t", "[nil]3" },
	{ "t = {1, 2, 3} r = deli(t) .. #t", "32" },
	{ "t = {1, 2, 3} r = deli(t, 1) .. t[1] .. #t", "122" },
	{ "r = count({1, 2, 1, 1}) .. count({1, 2, 1, 1}, 1)", "43" },
	{ "s = '' for v in all({1, 2, 3}) do s ..= v end r = s", "123" },
	{ "t = {1, 2, 3, 4} s = '' for v in all(t) do s ..= v if (v % 2 == 0) del(t, v) end r = s .. #t",
	  "12342" },			/* deleting the current element */
	{ "s = '' foreach({4, 5}, function(v) s ..= v end) r = s", "45" },
	{ "t = {1, 2, 3} foreach(t, function(v) if (v == 2) del(t, v) end) r = #t .. t[2]", "23" },
	{ "a, b = unpack({7, 8}) r = a + b", "15" },
	{ "t = pack(1, nil, 3) r = t.n", "3" },
	{ "r = sub('hello', 2, 4)", "ell" },
	{ "r = sub('hello', -3)", "llo" },
	{ "r = sub('hello', 4, 99) .. sub('hi', 3)", "lo" },
	{ "r = chr(72, 105)", "Hi" },
	{ "a, b = ord('AB', 1, 2) r = a .. ',' .. b", "65,66" },
	{ "t = split('1,a,3') r = t[1] + t[3] .. t[2]", "4a" },
	{ "t = split('1,2', ',', false) r = type(t[1])", "string" },
	{ "t = split('abcd', 2) r = t[1] .. '|' .. t[2] .. #t", "ab|cd2" },
	{ "t = split('ab', '') r = t[2] .. #t", "b2" },
	{ "r = tostr(12) .. tostr(-0.5)", "12-0.5" },
	{ "poke(0x4300, 1, 2, 3) r = peek(0x4300) + peek(0x4302)", "4" },
	{ "poke(0x4300, 1, 2) a, b = peek(0x4300, 2) r = a .. b", "12" },
	{ "poke2(0x4300, 0x1234) r = peek(0x4300) .. ',' .. peek2(0x4300)", "52,4660" },
	{ "poke4(0x4300, -1.5) r = peek4(0x4300)", "-1.5" },
	{ "poke(0x4300, 9) memcpy(0x4301, 0x4300, 1) r = peek(0x4301)", "9" },
	{ "memset(0x4300, 7, 4) r = peek4(0x4300) == 0x0707.0707", "true" },
	{ "poke(0, 99) reload(0, 0, 1) r = peek(0)", "0" },
	{ "poke(0, 99) cstore(0, 0, 1) poke(0, 1) reload() r = peek(0)", "99" },
	{ "poke(0x8000, 5) r = @0x8000", "5" },	/* upper memory */
	{ "pset(3, 4, 9) r = pget(3, 4)", "9" },
	{ "camera(10, 0) pset(13, 4, 9) camera() r = pget(3, 4)", "9" },
	{ "clip(0, 0, 2, 2) pset(3, 3, 9) clip() r = pget(3, 3)", "0" },
	{ "pal(9, 8) pset(1, 1, 9) r = pget(1, 1)", "8" },
	{ "pal(9, 8) pal() pset(1, 1, 9) r = pget(1, 1)", "9" },
	{ "pal(1, 130, 1) r = peek(0x5f11)", "130" },	/* the screen palette */
	{ "color(5) pset(1, 1) r = pget(1, 1)", "5" },
	{ "rectfill(0, 0, 3, 3, 7) r = pget(3, 3) .. pget(4, 4)", "70" },
	{ "fillp(0x8000) rectfill(0, 0, 1, 0, 0x21) r = pget(0, 0) .. pget(1, 0)", "21" },
	{ "fillp(0x8000.8) rectfill(0, 0, 1, 0, 1) r = pget(0, 0) .. pget(1, 0)", "01" },
	{ "circfill(10, 10, 2, 3) r = pget(10, 12) .. pget(10, 13)", "30" },
	{ "line(0, 0, 4, 4, 6) r = pget(2, 2) .. pget(2, 3)", "60" },
	{ "sset(0, 0, 5) palt(0, false) spr(0, 10, 10) r = pget(10, 10) .. sget(0, 0)", "55" },
	{ "sset(0, 0, 5) spr(0, 10, 10, 1, 1, true) r = pget(17, 10)", "5" },
	{ "palt(5, true) sset(0, 0, 5) spr(0, 10, 10) r = pget(10, 10)", "0" },
	{ "sset(1, 0, 6) sspr(0, 0, 2, 1, 20, 20, 4, 2) r = pget(22, 21) .. pget(21, 21)", "60" },
	{ "mset(3, 40, 7) r = mget(3, 40) .. peek(0x1000 + 8 * 128 + 3)", "77" },
	{ "fset(2, 1, true) r = fget(2) .. tostr(fget(2, 1)) .. tostr(fget(2, 0))", "2truefalse" },
	{ "sset(8, 0, 4) mset(0, 0, 1) map(0, 0, 50, 50, 1, 1) r = pget(50, 50)", "4" },
	{ "sset(8, 0, 4) mset(0, 0, 1) map(0, 0, 50, 50, 1, 1, 1) r = pget(50, 50)", "0" },
	{ "sset(9, 0, 4) sset(10, 0, 5) mset(0, 0, 1) tline(0, 5, 3, 5, 0, 0) r = pget(0, 5) .. pget(1, 5) .. pget(2, 5)",
	  "045" },		/* sprite 1's top row, a pixel a step */
	{ "sset(8, 0, 4) mset(1, 0, 1) tline(0, 5, 1, 5, 1, 0, 0, 0) r = pget(0, 5) .. pget(1, 5)", "44" },
	{ "r = print('ab', 0, 0, 7) .. pget(0, 0)", "87" },	/* 'a' is 3 wide */
	{ "r = print('\xe2\x9d\x8e', 0, 0, 7) .. pget(1, 0)", "87" },	/* glyphs 7 */
	{ "cursor(0, 10) print('x') r = peek(0x5f27)", "16" },
	{ "r = time()", "0" },
	{ "r = stat(0) > 0", "true" },
	{ "r = stat(7)", "30" },
	{ "r = stat(80) >= 2024 and stat(91) >= 1 and stat(95) < 60 and stat(86)", "0" },
	{ "function _update60() end r = 1", "1" },
	{ "r = tostr(btn(0)) .. tostr(btnp(4)) .. btn()", "falsefalse0" },
	{ "sfx(3) r = stat(46)", "3" },
	{ "sfx(3) sfx(-1) r = stat(46)", "-1" },
	{ "r = tostr(extcmd('pause'))", "[nil]" },
	{ "menuitem(1, 'restart', function() end) r = 1", "1" },
	{ "r = rnd(10) < 10 and rnd(10) >= 0", "true" },
	{ "srand(5) a = rnd() srand(5) r = a == rnd()", "true" },
	{ "r = rnd({4, 4, 4})", "4" },
	{ "c = cocreate(function() yield(4) end) a, b = coresume(c) r = b .. costatus(c)", "4suspended" },
	{ "r = tostr(tonumber) .. tostr(load) .. tostr(dofile)", "[nil][nil][nil]" },
	{ "r = nil .. 1", "error: runtime error line 1\nattempt to concatenate a nil value" },
	{ "function f() x() end r = 1 f()", "error: runtime error line 1\nattempt to call global 'x' (a nil value)" },
	{ "cartdata('bad id!')", "error: runtime error line 1\ncartdata: bad id 'bad id!'" },
};

/* A cart that counts btnp(4) and btn(0) per frame into r. */
static void test_buttons(void)
{
	struct pico *p = pico_run_cart(HEAD "__lua__\nn = 0 h = 0\n"
				       "function _update() if (btnp(4)) n += 1\n"
				       "if (btn(0, 1)) h += 1 end\n");
	int f;

	if (!CHECK(p != NULL))
		return;
	/* O held for 30 frames: pressed on the 1st, then from the 16th
	 * every 4th (16, 20, 24, 28) */
	for (f = 0; f < 30; f++) {
		pico_buttons(p, 0, 1 << 4);
		pico_frame(p, 1);
	}
	lua_getglobal(p->L, "n");
	CHECK_EQ(lua_tointeger(p->L, -1), 5);
	pico_buttons(p, 0, 0);
	pico_buttons(p, 1, 1);		/* player 2 holds left */
	pico_frame(p, 1);
	pico_frame(p, 1);
	lua_getglobal(p->L, "h");
	CHECK_EQ(lua_tointeger(p->L, -1), 2);
	lua_getglobal(p->L, "time");
	lua_call(p->L, 0, 1);
	CHECK_EQ(lua_tonumber(p->L, -1), 32 * 65536 / 30);
	pico_free(p);
}

/* One frame with player 1 holding @bits. */
static void frame_with(struct pico *p, unsigned bits)
{
	pico_buttons(p, 0, bits);
	pico_frame(p, 1);
}

static int global_int(struct pico *p, const char *name)
{
	int v;

	lua_getglobal(p->L, name);
	v = (int)lua_tointeger(p->L, -1);
	lua_pop(p->L, 1);
	return v;
}

/* The pause menu: an item's callback, and "reset cart". */
static void test_pause_menu(void)
{
	struct pico *p = pico_run_cart(HEAD "__lua__\nn = 0 u = 0\n"
				       "function _init() menuitem(1, 'bump', function() n += 1 end) end\n"
				       "function _update() u += 1 end\n"
				       "function _draw() cls(2) end\n");

	if (!CHECK(p != NULL))
		return;
	frame_with(p, 0);
	frame_with(p, 1 << PICO_PAUSE);
	CHECK(p->paused);
	frame_with(p, 0);
	frame_with(p, 1 << 3);			/* down: "bump" */
	frame_with(p, 0);
	frame_with(p, 1 << 4);			/* O */
	CHECK(!p->paused);
	CHECK_EQ(global_int(p, "n"), 1);
	CHECK_EQ(global_int(p, "u"), 1);	/* no updates while paused */
	frame_with(p, 0);
	frame_with(p, 1 << PICO_PAUSE);
	frame_with(p, 0);
	frame_with(p, 1 << 2);			/* up, round to "reset cart" */
	frame_with(p, 0);
	frame_with(p, 1 << 5);			/* X */
	CHECK(!p->paused);
	CHECK_EQ(global_int(p, "u"), 0);	/* a fresh start */
	CHECK_EQ(p->frames, 0);
	pico_free(p);
}

/* The loudest sample of @frames stereo frames of the mix. */
static int loudest(struct pico *p, int frames)
{
	int16_t buf[2 * 256];
	int i, n, max = 0;

	for (; frames > 0; frames -= n) {
		n = frames < 256 ? frames : 256;
		audio_mix(&p->audio, p->mem, buf, n);
		for (i = 0; i < 2 * n; i++)
			if (abs(buf[i]) > max)
				max = abs(buf[i]);
	}
	return max;
}

/* sfx 0: four notes at speed 1 (183 samples each), waveform by note;
 * music pattern 0 plays it on channel 0, then stops. */
static void test_sound(void)
{
	char cart[512], sfx[169];
	struct pico *p = pico_new();
	int w;

	memset(sfx, '0', 168);
	sfx[168] = '\0';
	memcpy(sfx, "00010000" "21050" "21150" "21650" "21750", 28);
	snprintf(cart, sizeof(cart), HEAD "__lua__\n__sfx__\n%s\n__music__\n04 00414243\n", sfx);
	if (!CHECK(pico_load(p, cart, strlen(cart), "t.p8") == 0))
		return;
	CHECK_EQ(loudest(p, 512), 0);		/* silence before */
	audio_sfx(&p->audio, p->mem, 0, -1, 0, 32);
	CHECK_EQ(p->audio.ch[0].sfx, 0);
	CHECK(loudest(p, 183) > 1000);		/* a triangle at volume 5 */
	CHECK_EQ(p->audio.ch[0].note, 1);
	for (w = 1; w < 4; w++)
		CHECK(loudest(p, 183) > 1000);	/* saw, noise, phaser */
	CHECK_EQ(loudest(p, 183), 0);		/* then 28 silent notes */
	audio_sfx(&p->audio, p->mem, -1, -1, 0, 0);
	CHECK_EQ(p->audio.ch[0].sfx, -1);
	audio_music(&p->audio, p->mem, 0, 0, 15);
	CHECK_EQ(p->audio.pattern, 0);
	CHECK_EQ(p->audio.ch[0].sfx, 0);
	CHECK_EQ(p->audio.ch[1].sfx, -1);	/* 0x41: channel off */
	CHECK(loudest(p, 183) > 1000);
	loudest(p, 32 * 183);			/* the pattern ends: stop flag */
	CHECK_EQ(p->audio.pattern, -1);
	pico_free(p);
}

static void test_cartdata(void)
{
	char got[64], home[] = "/tmp/test_pico.XXXXXX", file[64];

	if (!CHECK(mkdtemp(home) != NULL))
		return;
	setenv("HOME", home, 1);
	pico_run("r = tostr(cartdata('lin64_test')) dset(3, 12.5)", got, sizeof(got));
	CHECK(!strcmp(got, "false"));
	pico_run("r = tostr(cartdata('lin64_test')) .. dget(3) .. dget(4)", got, sizeof(got));
	if (!CHECK(!strcmp(got, "true12.50")))
		fprintf(stderr, "    got %s\n", got);
	pico_run("cartdata('lin64_test') cartdata('lin64_test')", got, sizeof(got));
	CHECK(strstr(got, "cartdata() can only be called once") != NULL);
	snprintf(file, sizeof(file), "%s/.pico8/lin64_test.dat", home);
	CHECK_EQ(unlink(file), 0);
	snprintf(file, sizeof(file), "%s/.pico8", home);
	CHECK_EQ(rmdir(file), 0);
	CHECK_EQ(rmdir(home), 0);
}

static void test_error_screen(void)
{
	struct pico *p = pico_run_cart(HEAD "__lua__\nfunction _update()\n"
				       "cls(3) pal(8, 3) x.y = 1\nend\n");
	uint8_t screen[PICO_W * PICO_H];
	int i, red = 0;

	if (!CHECK(p != NULL))
		return;
	CHECK_EQ(pico_frame(p, 1), -1);
	CHECK_EQ(p->error_line, 2);
	CHECK(!strcmp(p->error, "runtime error line 2\nattempt to index global 'x' (a nil value)"));
	pico_screen(p, screen);
	for (i = 0; i < PICO_W * PICO_H; i++)
		red += screen[i] == 8;
	CHECK(red > 50);		/* the message, in red despite pal() */
	CHECK_EQ(screen[PICO_W * PICO_H - 1], 0);
	CHECK_EQ(pico_frame(p, 1), -1);	/* it stays stopped */
	pico_free(p);
}

/* The scene: every drawing primitive once, the font, fill patterns,
 * palettes, sprites with flips and stretching, the map, clipping and
 * the camera; its picture must match the reference pixel for pixel. */
static const char scene[] = HEAD
	"__lua__\n"
	"function _draw()\n"
	" cls(1)\n"
	" rectfill(2, 2, 40, 20, 8) rect(44, 2, 80, 20, 9)\n"
	" circfill(20, 40, 10, 11) circ(50, 40, 10, 12)\n"
	" oval(70, 30, 120, 50, 14) ovalfill(90, 55, 125, 70, 10)\n"
	" line(0, 127, 127, 60, 7)\n"
	" spr(1, 4, 60) spr(1, 16, 60, 1, 1, true, true) sspr(8, 0, 8, 8, 28, 56, 16, 12)\n"
	" print('hello pico-8! {[(<=>)]}', 4, 80, 7)\n"
	" print('abcdefghijklmnopqrstuvwxyz', 4, 88, 9)\n"
	" print('0123456789 +-*/%$#@&|^~_.,:;?\\'\"`\\\\', 4, 94, 15)\n"
	" fillp(0b0101101001011010) rectfill(60, 100, 90, 110, 0x8c) fillp()\n"
	" pal(7, 8) print('red', 100, 112, 7) pal()\n"
	" clip(0, 0, 64, 128) circfill(64, 20, 6, 13) clip()\n"
	" camera(-100, -10) rectfill(0, 0, 4, 4, 3) camera()\n"
	" map(0, 0, 40, 112, 4, 2)\n"
	" for i = 0, 15 do rectfill(i * 8, 122, i * 8 + 7, 127, i) end\n"
	"end\n"
	"__gfx__\n"
	"0000000077777777\n0000000070000007\n0000000070888807\n0000000070800807\n"
	"0000000070888807\n0000000070000007\n0000000077777700\n"
	"__map__\n0101000100\n0001010000\n";

static int read_ppm(const char *path, uint8_t rgb[PICO_W * PICO_H * 3])
{
	FILE *f = fopen(path, "rb");
	int w = 0, h = 0, max = 0, ok;

	if (!f)
		return -1;
	ok = fscanf(f, "P6 %d %d %d", &w, &h, &max) == 3 && fgetc(f) != EOF &&
	     w == PICO_W && h == PICO_H && max == 255 &&
	     fread(rgb, PICO_W * PICO_H * 3, 1, f) == 1;
	fclose(f);
	return ok ? 0 : -1;
}

static void test_scene(void)
{
	static uint8_t want[PICO_W * PICO_H * 3];
	uint8_t screen[PICO_W * PICO_H];
	struct pico *p = pico_run_cart(scene);
	int i, differ = 0;

	if (!CHECK(p != NULL) || !CHECK(!p->error[0]))
		return;
	pico_frame(p, 1);
	pico_screen(p, screen);
	if (getenv("PICO_SCENE_WRITE")) {	/* regenerate the reference */
		FILE *f = fopen(getenv("PICO_SCENE_WRITE"), "wb");

		fprintf(f, "P6\n%d %d\n255\n", PICO_W, PICO_H);
		for (i = 0; i < PICO_W * PICO_H; i++)
			fwrite(pico_rgb[screen[i]], 3, 1, f);
		fclose(f);
	}
	if (!CHECK(read_ppm(PICO_SCENE_REF, want) == 0)) {
		pico_free(p);
		return;
	}
	for (i = 0; i < PICO_W * PICO_H; i++)
		differ += memcmp(pico_rgb[screen[i]], want + 3 * i, 3) != 0;
	if (!CHECK_EQ(differ, 0))
		fprintf(stderr, "    %d pixels differ from %s\n", differ, PICO_SCENE_REF);
	pico_free(p);
}

int main(void)
{
	test_cart_format();
	test_cart_sections();
	pico_run_cases("api", api, sizeof(api) / sizeof(api[0]));
	test_buttons();
	test_pause_menu();
	test_sound();
	test_cartdata();
	test_error_screen();
	test_scene();
	return check_summary();
}
