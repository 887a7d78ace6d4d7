/* SPDX-License-Identifier: MIT */
/*
 * p8.c - the .p8 text cart: a header line, then sections that each start
 * with a line "__name__".  __lua__ is the code; the others are hex dumps
 * of the cart image (pico.h's memory map): __gfx__ 128 lines of 128
 * pixels, __gff__ sprite flags, __map__ 32 rows, __sfx__ 64 sound
 * effects, __music__ 64 patterns.  __label__ (the cart's picture) is
 * checked and skipped, and so are the __meta:NAME__ sections of newer
 * PICO-8 versions (text for tools).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pico.h"

struct reader {
	const char *at, *end;
	int line;
};

/* The next line without its end; 0 at the end of the text. */
static int next_line(struct reader *r, const char **s, int *len)
{
	const char *nl;

	if (r->at >= r->end)
		return 0;
	nl = memchr(r->at, '\n', (size_t)(r->end - r->at));
	*s = r->at;
	*len = (int)((nl ? nl : r->end) - r->at);
	if (*len && (*s)[*len - 1] == '\r')
		(*len)--;
	r->at = nl ? nl + 1 : r->end;
	r->line++;
	return 1;
}

static int is_section(const char *s, int len)
{
	return len > 4 && !memcmp(s, "__", 2) && !memcmp(s + len - 2, "__", 2);
}

static int hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int fail(struct pico *p, int line, const char *what)
{
	snprintf(p->error, sizeof(p->error), "%s line %d: %s", p->name, line, what);
	p->error_line = line;
	return -1;
}

/* @n hex digits of a line into @out, two a byte, high digit first; for
 * pixels (@nibbles) the first digit is the low nibble, the left pixel. */
static int read_hex(const char *s, int len, uint8_t *out, int n, int nibbles)
{
	int i;

	if (len > n)
		return -1;
	for (i = 0; i < len; i++) {
		int v = hex(s[i]);

		if (v < 0)
			return -1;
		if (nibbles)
			out[i / 2] |= (uint8_t)(i & 1 ? v << 4 : v);
		else
			out[i / 2] |= (uint8_t)(i & 1 ? v : v << 4);
	}
	return 0;
}

/* "__sfx__": editor mode, speed, loop start and end, then 32 notes of
 * pitch (2 digits), waveform, volume and effect. */
static int read_sfx(const char *s, int len, uint8_t *sfx)
{
	uint8_t raw[84];
	int i;

	memset(raw, 0, sizeof(raw));
	if (len != 168 || read_hex(s, len, raw, 168, 0))
		return -1;
	memcpy(sfx + 64, raw, 4);
	for (i = 0; i < 32; i++) {
		const char *n = s + 8 + i * 5;
		int pitch = hex(n[0]) << 4 | hex(n[1]), wave = hex(n[2]);
		unsigned v = (unsigned)(pitch & 63) | (unsigned)(wave & 7) << 6 |
			     (unsigned)(hex(n[3]) & 7) << 9 |
			     (unsigned)(hex(n[4]) & 7) << 12 | (unsigned)(wave >> 3) << 15;

		sfx[2 * i] = (uint8_t)v;
		sfx[2 * i + 1] = (uint8_t)(v >> 8);
	}
	return 0;
}

/* "__music__": "FF AABBCCDD", the flags then each channel's sfx. */
static int read_music(const char *s, int len, uint8_t *pat)
{
	uint8_t flags = 0;
	int i;

	if (len != 11 || s[2] != ' ' || read_hex(s, 2, &flags, 2, 0) ||
	    read_hex(s + 3, 8, pat, 8, 0))
		return -1;
	for (i = 0; i < 3; i++)
		if (flags >> i & 1)
			pat[i] |= 0x80;
	return 0;
}

struct section {
	const char *name;
	int lines;	/* the most it may have; 0: any number */
};

static const struct section sections[] = {
	{ "__gfx__", 128 }, { "__gff__", 2 }, { "__map__", 32 },
	{ "__sfx__", 64 }, { "__music__", 64 }, { "__label__", 128 },
	{ "__meta:", 0 },
};

/* One data line @i of section @sec into the cart image. */
static int read_data(struct pico *p, const struct section *sec, int i,
		     const char *s, int len)
{
	if (sec->lines && i >= sec->lines)
		return -1;
	if (sec == &sections[0])
		return read_hex(s, len, p->rom + PICO_GFX + i * 64, 128, 1);
	if (sec == &sections[1])
		return read_hex(s, len, p->rom + PICO_FLAGS + i * 128, 256, 0);
	if (sec == &sections[2])
		return read_hex(s, len, p->rom + PICO_MAP + i * 128, 256, 0);
	if (sec == &sections[3])
		return read_sfx(s, len, p->rom + PICO_SFX + i * 68);
	if (sec == &sections[4])
		return read_music(s, len, p->rom + PICO_MUSIC + i * 4);
	if (sec == &sections[5])
		return len > 128 ? -1 : 0;	/* the label is not kept */
	return 0;			/* __meta: any text */
}

static const struct section *find_section(const char *s, int len)
{
	size_t i;

	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		int n = (int)strlen(sections[i].name);

		if (n == len && !memcmp(s, sections[i].name, (size_t)len))
			return &sections[i];
		if (sections[i].name[n - 1] == ':' && len > n && !memcmp(s, sections[i].name, (size_t)n))
			return &sections[i];	/* __meta:NAME__ */
	}
	return NULL;
}

/* PICO-8's glyph characters as .p8 files spell them in UTF-8 (some with
 * the emoji variation selector after them), and their codes in PICO-8's
 * one-byte charset: the buttons are names in code, btn(⬅️). */
static const struct {
	const char *utf8;
	uint8_t code;
} glyphs[] = {
	{ "\xe2\xac\x87", 131 },	/* down arrow */
	{ "\xe2\x97\x8f", 134 },	/* circle */
	{ "\xe2\x99\xa5", 135 },	/* heart */
	{ "\xe2\xac\x85", 139 },	/* left arrow */
	{ "\xe2\x99\xaa", 141 },	/* note */
	{ "\xf0\x9f\x85\xbe", 142 },	/* O button */
	{ "\xe2\x80\xa6", 144 },	/* ellipsis */
	{ "\xe2\x9e\xa1", 145 },	/* right arrow */
	{ "\xe2\x98\x85", 146 },	/* star */
	{ "\xe2\xac\x86", 148 },	/* up arrow */
	{ "\xe2\x9d\x8e", 151 },	/* X button */
};

/* Turn the glyphs in @s into their one-byte codes, in place. */
static void glyphs_to_codes(char *s)
{
	char *out = s;
	size_t i;

	while (*s) {
		for (i = 0; i < sizeof(glyphs) / sizeof(glyphs[0]); i++)
			if (!strncmp(s, glyphs[i].utf8, strlen(glyphs[i].utf8)))
				break;
		if (i == sizeof(glyphs) / sizeof(glyphs[0])) {
			*out++ = *s++;
			continue;
		}
		*out++ = (char)glyphs[i].code;
		s += strlen(glyphs[i].utf8);
		if (!strncmp(s, "\xef\xb8\x8f", 3))	/* the variation selector */
			s += 3;
	}
	*out = '\0';
}

/* The code, with #include refused: there is no file system of carts. */
static int read_code(struct pico *p, struct reader *r)
{
	const char *start = r->at, *s;
	int len, first = r->line + 1;
	size_t n;

	for (;;) {
		const char *before = r->at;

		if (!next_line(r, &s, &len))
			break;
		if (is_section(s, len)) {
			r->at = before;
			r->line--;
			break;
		}
		if (len >= 8 && !memcmp(s, "#include", 8))
			return fail(p, r->line, "#include is not supported: paste the file into the cart");
	}
	n = (size_t)(r->at - start);
	free(p->code);
	p->code = malloc(n + 1);
	if (!p->code)
		return fail(p, first, "out of memory");
	memcpy(p->code, start, n);
	p->code[n] = '\0';
	glyphs_to_codes(p->code);
	return 0;
}

int pico_load(struct pico *p, const char *text, size_t len, const char *name)
{
	struct reader r = { text, text + len, 0 };
	const struct section *sec = NULL;
	const char *s;
	int n, i = 0, have_lua = 0;

	snprintf(p->name, sizeof(p->name), "%s", name);
	memset(p->rom, 0, sizeof(p->rom));
	if (!next_line(&r, &s, &n) || n < 16 || memcmp(s, "pico-8 cartridge", 16))
		return fail(p, 1, "not a PICO-8 cart (no 'pico-8 cartridge' header)");
	while (next_line(&r, &s, &n)) {
		if (is_section(s, n)) {
			if (n == 7 && !memcmp(s, "__lua__", 7)) {
				if (have_lua++)
					return fail(p, r.line, "a second __lua__ section");
				if (read_code(p, &r))
					return -1;
				sec = NULL;
				continue;
			}
			sec = find_section(s, n);
			if (!sec)
				return fail(p, r.line, "unknown section");
			i = 0;
			continue;
		}
		if (!sec) {
			if (r.line == 2 && n > 8 && !memcmp(s, "version ", 8))
				continue;
			if (n == 0)
				continue;
			return fail(p, r.line, "text outside any section");
		}
		if (n == 0)	/* blank lines between sections */
			continue;
		if (read_data(p, sec, i++, s, n))
			return fail(p, r.line, "bad data line");
	}
	if (!have_lua && read_code(p, &r))	/* a cart of data only */
		return -1;
	memcpy(p->mem, p->rom, PICO_ROM_SIZE);
	return 0;
}
