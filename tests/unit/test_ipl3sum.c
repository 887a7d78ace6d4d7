/* SPDX-License-Identifier: MIT */
/*
 * test_ipl3sum.c - the PIF's boot-code checksum, the CIC table, the
 * collision search, and the ipl3sum/ipl3search programs on bad input.
 *
 * Where the expected checksums come from:
 *  - ref_checksum(): a second, straightforward implementation written for
 *    this test from the description in docs/boot.md, in one loop without
 *    the library's split into rounds, prefix and tail.  The all-zero boot
 *    code's checksums for each CIC seed are pinned from it;
 *  - planted solutions: the search is given a boot code's own checksum as
 *    the target after the word that produced it was cleared, and must
 *    find that word again in a small range that holds it.
 *
 * Files go to a fresh directory under $TMPDIR (default /tmp), removed at
 * the end.  IPL3SUM_BIN and IPL3SEARCH_BIN are the programs' paths.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../tools/ipl3sum/ipl3sum.h"
#include "check.h"
#include "tmpdir.h"

#ifndef IPL3SUM_BIN
#define IPL3SUM_BIN "out/host/ipl3sum"
#endif
#ifndef IPL3SEARCH_BIN
#define IPL3SEARCH_BIN "out/host/ipl3search"
#endif

#define WORDS IPL3SUM_WORDS
#define BOOT_SIZE IPL3SUM_BOOT_SIZE

/* ---- the second implementation ------------------------------------------ */

static uint32_t ref_rotl(uint32_t x, uint32_t n)
{
	n &= 31;
	return n ? x << n | x >> (32 - n) : x;
}

static uint32_t ref_rotr(uint32_t x, uint32_t n)
{
	return ref_rotl(x, 32 - (n & 31));
}

static uint32_t ref_mix(uint32_t a, uint32_t b, uint32_t k)
{
	uint64_t product;
	uint32_t high, low;

	if (b == 0)
		b = k;
	product = (uint64_t)a * b;
	high = (uint32_t)(product >> 32);
	low = (uint32_t)product;
	if (high == low)
		return a;
	return high - low;
}

static uint64_t ref_checksum(const uint8_t *boot, uint8_t seed)
{
	uint32_t w[WORDS], s[16], a, b, c, d, start;
	uint32_t i;

	for (i = 0; i < WORDS; i++)
		w[i] = (uint32_t)boot[4 * i] << 24 | (uint32_t)boot[4 * i + 1] << 16 |
		       (uint32_t)boot[4 * i + 2] << 8 | boot[4 * i + 3];
	start = (seed * 0x6C078965u + 1) ^ w[0];
	for (i = 0; i < 16; i++)
		s[i] = start;

	for (i = 0; i < WORDS; i++) {
		uint32_t round = i + 1;
		uint32_t cur = w[i];
		uint32_t prev = i == 0 ? w[0] : w[i - 1];
		uint32_t next;

		s[0] += ref_mix(1007 - round, cur, round);
		s[1] = ref_mix(s[1], cur, round);
		s[2] ^= cur;
		s[3] += ref_mix(cur + 5, 0x6C078965u, round);
		if (prev < cur)
			s[9] = ref_mix(s[9], cur, round);
		else
			s[9] += cur;
		s[4] += ref_rotr(cur, prev & 31);
		s[7] = ref_mix(s[7], ref_rotl(cur, prev & 31), round);
		if (cur < s[6])
			s[6] = (s[3] + s[6]) ^ (cur + round);
		else
			s[6] = (s[4] + cur) ^ s[6];
		s[5] += ref_rotl(cur, prev >> 27);
		s[8] = ref_mix(s[8], ref_rotr(cur, prev >> 27), round);
		if (round == WORDS)
			break;
		next = w[i + 1];
		s[15] = ref_mix(ref_mix(s[15], ref_rotl(cur, prev >> 27), round),
				ref_rotl(next, cur >> 27), round);
		s[14] = ref_mix(ref_mix(s[14], ref_rotr(cur, prev & 31), round),
				ref_rotr(next, cur & 31), round);
		s[13] += ref_rotr(cur, cur & 31) + ref_rotr(next, next & 31);
		s[10] = ref_mix(s[10] + cur, next, round);
		s[11] = ref_mix(s[11] ^ cur, next, round);
		s[12] += s[8] ^ cur;
	}

	a = b = c = d = s[0];
	for (i = 0; i < 16; i++) {
		uint32_t x = s[i];

		a += ref_rotr(x, x & 31);
		if (x < a)
			b += x;
		else
			b = ref_mix(b, x, i);
		if (((x & 2) >> 1) == (x & 1))
			c += x;
		else
			c = ref_mix(c, x, i);
		if (x & 1)
			d ^= x;
		else
			d = ref_mix(d, x, i);
	}
	return ((uint64_t)ref_mix(a, b, 16) << 32 | (c ^ d)) & 0xFFFFFFFFFFFFull;
}

/* ---- test boot codes ----------------------------------------------------- */

static void put_word(uint8_t *boot, unsigned i, uint32_t v)
{
	boot[4 * i] = (uint8_t)(v >> 24);
	boot[4 * i + 1] = (uint8_t)(v >> 16);
	boot[4 * i + 2] = (uint8_t)(v >> 8);
	boot[4 * i + 3] = (uint8_t)v;
}

/* Reproducible noise (xorshift32). */
static void make_noise(uint8_t *boot, uint32_t x)
{
	unsigned i;

	for (i = 0; i < WORDS; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		put_word(boot, i, x);
	}
}

/* ---- the checksum -------------------------------------------------------- */

static void test_zero_boot_code(void)
{
	/* Pinned from ref_checksum() when this test was written. */
	static const struct {
		unsigned cic;
		uint64_t sum;
	} zero[] = {
		{ 6101, 0x2982AD8C201Dull }, { 6102, 0x2982AD8C201Dull },
		{ 6103, 0xB30F78D0CAD9ull }, { 6105, 0x31085BBE1381ull },
		{ 6106, 0xBB2AF8DB9C3Aull },
	};
	static const uint8_t boot[BOOT_SIZE];
	size_t i;

	for (i = 0; i < sizeof(zero) / sizeof(zero[0]); i++) {
		const struct ipl3sum_cic *c = ipl3sum_find_cic(zero[i].cic);

		CHECK(c != NULL);
		if (!c)
			continue;
		CHECK_EQ(ref_checksum(boot, c->seed), zero[i].sum);
		CHECK_EQ(ipl3sum_checksum(boot, c->seed), zero[i].sum);
	}
	CHECK(ipl3sum_identify(boot) == NULL);
}

/* Library and reference agree on noise, for every seed in the table and
 * a few more (the seed is a whole byte). */
static void test_against_reference(void)
{
	static const uint8_t seeds[] = { 0x00, 0x01, 0x3F, 0x78, 0x85, 0x91, 0xFF };
	uint8_t boot[BOOT_SIZE];
	uint32_t n;
	size_t i;

	for (n = 1; n <= 4; n++) {
		make_noise(boot, n * 0x9E3779B9u);
		for (i = 0; i < sizeof(seeds); i++)
			CHECK_EQ(ipl3sum_checksum(boot, seeds[i]),
				 ref_checksum(boot, seeds[i]));
	}
	/* Small words exercise the zero product and "b is 0" cases. */
	memset(boot, 0, sizeof(boot));
	for (i = 0; i < WORDS; i += 3)
		put_word(boot, (unsigned)i, (uint32_t)(i & 7));
	CHECK_EQ(ipl3sum_checksum(boot, 0x3F), ref_checksum(boot, 0x3F));
	/* Each word matters: the first, one in the middle, the last. */
	make_noise(boot, 7);
	{
		uint64_t base = ipl3sum_checksum(boot, 0x3F);
		static const unsigned at[] = { 0, 1, 503, WORDS - 2, WORDS - 1 };

		for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
			boot[4 * at[i] + 3] ^= 1;
			CHECK(ipl3sum_checksum(boot, 0x3F) != base);
			CHECK_EQ(ipl3sum_checksum(boot, 0x3F),
				 ref_checksum(boot, 0x3F));
			boot[4 * at[i] + 3] ^= 1;
		}
	}
}

/* prefix + tail gives the whole checksum wherever the split falls. */
static void test_split(void)
{
	static const unsigned firsts[] = { 1, 2, 3, 4, 500, 1005, 1006, 1007, 1008 };
	uint8_t boot[BOOT_SIZE];
	uint32_t w[WORDS];
	struct ipl3sum_state st;
	uint64_t whole;
	size_t i;

	make_noise(boot, 12345);
	ipl3sum_words(boot, w);
	whole = ipl3sum_checksum(boot, 0x91);
	for (i = 0; i < sizeof(firsts) / sizeof(firsts[0]); i++) {
		ipl3sum_prefix(&st, 0x91, w, firsts[i]);
		ipl3sum_tail(&st, w, firsts[i]);
		CHECK_EQ(ipl3sum_final(&st), whole);
		CHECK_EQ(ipl3sum_final_high(&st), whole >> 32);
	}
	/* bytes <-> words round trip */
	{
		uint8_t back[BOOT_SIZE];

		ipl3sum_bytes(w, back);
		CHECK(!memcmp(back, boot, BOOT_SIZE));
	}
}

static void test_cic_table(void)
{
	size_t i, j;

	CHECK_EQ(ipl3sum_cic_count, 5);
	CHECK(ipl3sum_find_cic(6102) == ipl3sum_find_cic(7101));
	CHECK(ipl3sum_find_cic(6103) == ipl3sum_find_cic(7103));
	CHECK(ipl3sum_find_cic(6105) == ipl3sum_find_cic(7105));
	CHECK(ipl3sum_find_cic(6106) == ipl3sum_find_cic(7106));
	CHECK(ipl3sum_find_cic(6101) != ipl3sum_find_cic(6102));
	CHECK(ipl3sum_find_cic(6101) != NULL);
	CHECK(ipl3sum_find_cic(7102) == NULL);	/* not in the table */
	CHECK(ipl3sum_find_cic(0) == NULL);
	CHECK(ipl3sum_find_cic(1234) == NULL);
	CHECK_EQ(ipl3sum_find_cic(6102)->seed, 0x3F);
	CHECK_EQ(ipl3sum_find_cic(6102)->checksum, 0xA536C0F1D859ull);	/* n64-facts.md */
	for (i = 0; i < ipl3sum_cic_count; i++) {
		CHECK(ipl3sum_cics[i].checksum <= IPL3SUM_MASK);
		for (j = i + 1; j < ipl3sum_cic_count; j++)
			CHECK(ipl3sum_cics[i].checksum != ipl3sum_cics[j].checksum);
	}
}

static void test_locate(void)
{
	static uint8_t buf[0x2000];
	const uint8_t *boot;

	memset(buf, 0, sizeof(buf));
	CHECK_EQ(ipl3sum_locate(buf, BOOT_SIZE, &boot), IPL3SUM_INPUT_RAW);
	CHECK(boot == buf);
	CHECK_EQ(ipl3sum_locate(buf, BOOT_SIZE + 1, &boot), IPL3SUM_INPUT_UNKNOWN);
	CHECK(boot == NULL);
	CHECK_EQ(ipl3sum_locate(buf, 0, &boot), IPL3SUM_INPUT_UNKNOWN);
	CHECK_EQ(ipl3sum_locate(buf, 3, &boot), IPL3SUM_INPUT_UNKNOWN);

	buf[0] = 0x80, buf[1] = 0x37, buf[2] = 0x12, buf[3] = 0x40;
	CHECK_EQ(ipl3sum_locate(buf, 0x1000, &boot), IPL3SUM_INPUT_ROM);
	CHECK(boot == buf + 0x40);
	CHECK_EQ(ipl3sum_locate(buf, sizeof(buf), &boot), IPL3SUM_INPUT_ROM);
	CHECK_EQ(ipl3sum_locate(buf, 0xFFF, &boot), IPL3SUM_INPUT_SHORT_ROM);
	CHECK(boot == NULL);
	CHECK_EQ(ipl3sum_locate(buf, 64, &boot), IPL3SUM_INPUT_SHORT_ROM);

	buf[0] = 0x37, buf[1] = 0x80, buf[2] = 0x40, buf[3] = 0x12;	/* .v64 */
	CHECK_EQ(ipl3sum_locate(buf, 0x1000, &boot), IPL3SUM_INPUT_SWAPPED);
	buf[0] = 0x40, buf[1] = 0x12, buf[2] = 0x37, buf[3] = 0x80;	/* .n64 */
	CHECK_EQ(ipl3sum_locate(buf, 0x1000, &boot), IPL3SUM_INPUT_SWAPPED);
	CHECK(boot == NULL);
	buf[0] = 0x7F, buf[1] = 'E', buf[2] = 'L', buf[3] = 'F';
	CHECK_EQ(ipl3sum_locate(buf, 0x1000, &boot), IPL3SUM_INPUT_UNKNOWN);

	CHECK(!*ipl3sum_input_error(IPL3SUM_INPUT_RAW));
	CHECK(!*ipl3sum_input_error(IPL3SUM_INPUT_ROM));
	CHECK(strstr(ipl3sum_input_error(IPL3SUM_INPUT_UNKNOWN), "neither") != NULL);
	CHECK(strstr(ipl3sum_input_error(IPL3SUM_INPUT_SWAPPED), "byte-swapped") != NULL);
	CHECK(strstr(ipl3sum_input_error(IPL3SUM_INPUT_SHORT_ROM), "4096") != NULL);
}

/* ---- the search ---------------------------------------------------------- */

/* Search [first, last] for @p seed/@p target with the words @p vary free;
 * returns 1 and the candidate when found. */
static int search(const uint8_t *boot, uint8_t seed, uint64_t target,
		  const unsigned *vary, unsigned nvary, uint64_t first,
		  uint64_t last, uint64_t *found)
{
	struct ipl3sum_search job;

	if (ipl3sum_search_init(&job, boot, seed, target, vary, nvary))
		return -1;
	return ipl3sum_search_range(&job, first, last, found);
}

/*
 * Planted solutions: set word @p at of noise to @p value, take the checksum
 * as the target, clear the word, and search [first, last] for it.
 */
static int planted(unsigned at, uint32_t value, uint64_t first, uint64_t last,
		   uint64_t *found)
{
	uint8_t boot[BOOT_SIZE];
	uint64_t target;

	make_noise(boot, 0xC0FFEE + at);
	put_word(boot, at, value);
	target = ipl3sum_checksum(boot, 0x78);
	put_word(boot, at, 0);
	return search(boot, 0x78, target, &at, 1, first, last, found);
}

static void test_search_planted(void)
{
	uint64_t found = 0;

	/* The last word (the paired fast path) and any other (the general). */
	CHECK_EQ(planted(WORDS - 1, 0x89ABCDEF, 0x89AB0000, 0x89ABFFFF, &found), 1);
	CHECK_EQ(found, 0x89ABCDEF);
	CHECK_EQ(planted(700, 0x12345678, 0x12345000, 0x12345FFF, &found), 1);
	CHECK_EQ(found, 0x12345678);
	CHECK_EQ(planted(1, 0x00000010, 0, 0x100, &found), 1);
	CHECK_EQ(found, 0x10);

	/* Range ends, one and two candidates, both places in a pair. */
	CHECK_EQ(planted(WORDS - 1, 1000, 1000, 1000, &found), 1);
	CHECK_EQ(planted(WORDS - 1, 1000, 999, 1000, &found), 1);
	CHECK_EQ(found, 1000);
	CHECK_EQ(planted(WORDS - 1, 1000, 1000, 1001, &found), 1);
	CHECK_EQ(found, 1000);
	/* The pair computes lo + 1 past the end; it must not count. */
	CHECK_EQ(planted(WORDS - 1, 1000, 999, 999, &found), 0);
	CHECK_EQ(planted(WORDS - 1, 1000, 997, 999, &found), 0);
	CHECK_EQ(planted(WORDS - 1, 1000, 1001, 1100, &found), 0);
	/* The top of a 32-bit space, where lo + 1 wraps to 0. */
	CHECK_EQ(planted(WORDS - 1, 0xFFFFFFFF, 0xFFFFFF00, 0xFFFFFFFF, &found), 1);
	CHECK_EQ(found, 0xFFFFFFFF);
	CHECK_EQ(planted(WORDS - 1, 0, 0xFFFFFFFF, 0xFFFFFFFF, &found), 0);
	CHECK_EQ(planted(500, 0xFFFFFFFF, 0xFFFFFFF0, 0xFFFFFFFF, &found), 1);
}

/* Two words, a range that crosses from one high word to the next. */
static void test_search_block_boundary(void)
{
	const uint64_t x = 0x0000000500000002ull;
	unsigned vary[2] = { 600, WORDS - 1 };
	uint8_t boot[BOOT_SIZE];
	uint64_t target, found = 0;

	make_noise(boot, 99);
	put_word(boot, 600, 5);
	put_word(boot, WORDS - 1, 2);
	target = ipl3sum_checksum(boot, 0x85);
	put_word(boot, 600, 0);
	put_word(boot, WORDS - 1, 0);
	CHECK_EQ(search(boot, 0x85, target, vary, 2, x - 300, x + 300, &found), 1);
	CHECK_EQ(found, x);
	CHECK_EQ(search(boot, 0x85, target, vary, 2, x - 300, x - 1, &found), 0);
}

static void test_search_init_errors(void)
{
	static const uint8_t boot[BOOT_SIZE];
	struct ipl3sum_search job;
	unsigned v[3];

	v[0] = 0;
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 1), -1);
	v[0] = WORDS;
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 1), -1);
	v[0] = 5, v[1] = 5;
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 2), -1);
	v[0] = 5, v[1] = 6, v[2] = 7;
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 3), -1);
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 0), -1);
	v[0] = WORDS - 1;
	CHECK_EQ(ipl3sum_search_init(&job, boot, 0x3F, 0, v, 1), 0);
	CHECK_EQ(ipl3sum_search_last(&job), UINT32_MAX);
}

/* ---- the programs -------------------------------------------------------- */

static char out[16384];	/* what the last run() printed, stdout and stderr */

/* Run "PROGRAM ARGS" in tmpdir; returns its exit status. */
static int run(const char *program, const char *args)
{
	char cmd[2048];
	FILE *f;
	size_t n;
	int rc;

	snprintf(cmd, sizeof(cmd), "cd '%s' && '%s' %s >out.txt 2>&1", tmpdir,
		 program, args);
	rc = system(cmd);
	f = fopen(tpath("out.txt"), "r");
	n = f ? fread(out, 1, sizeof(out) - 1, f) : 0;
	out[n] = 0;
	if (f)
		fclose(f);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static int printed(const char *s)
{
	return strstr(out, s) != NULL;
}

/* Noise with two known words at the end, and the checksum it has. */
#define PLANT_W1006 0x00001234u
#define PLANT_W1007 0x89ABCDEFu

static uint64_t make_planted(uint8_t *boot, int with_words)
{
	uint64_t sum;

	make_noise(boot, 0x5EED);
	put_word(boot, WORDS - 2, PLANT_W1006);
	put_word(boot, WORDS - 1, PLANT_W1007);
	sum = ipl3sum_checksum(boot, 0x3F);
	if (!with_words) {
		put_word(boot, WORDS - 2, 0);
		put_word(boot, WORDS - 1, 0);
	}
	return sum;
}

static void test_ipl3sum_program(void)
{
	static uint8_t rom[0x1000];
	uint8_t boot[BOOT_SIZE];
	char line[128];

	make_planted(boot, 1);
	write_tmp("noise.bin", boot, BOOT_SIZE);
	rom[0] = 0x80, rom[1] = 0x37, rom[2] = 0x12, rom[3] = 0x40;
	memcpy(rom + 0x40, boot, BOOT_SIZE);
	write_tmp("noise.z64", rom, sizeof(rom));
	write_tmp("short.z64", rom, 0x800);
	rom[0] = 0x37, rom[1] = 0x80, rom[2] = 0x40, rom[3] = 0x12;
	write_tmp("noise.v64", rom, sizeof(rom));
	write_tmp("junk.bin", "hello, world\n", 13);
	memset(rom + 0x40, 0, BOOT_SIZE);
	rom[0] = 0x80, rom[1] = 0x37, rom[2] = 0x12, rom[3] = 0x40;
	write_tmp("zero.z64", rom, sizeof(rom));

	/* Unsigned code: every CIC listed with its checksum, none passes. */
	CHECK_EQ(run(IPL3SUM_BIN, "noise.bin"), 1);
	snprintf(line, sizeof(line), "CIC 6102/7101 seed 0x3F checksum 0x%012llX"
		 " expected 0xA536C0F1D859 fail",
		 (unsigned long long)ipl3sum_checksum(boot, 0x3F));
	CHECK(printed(line));
	CHECK(printed("raw boot code"));
	CHECK(!printed("PASS"));
	CHECK_EQ(run(IPL3SUM_BIN, "noise.z64"), 1);
	CHECK(printed("ROM, boot code at 0x40"));
	CHECK_EQ(run(IPL3SUM_BIN, "zero.z64"), 1);
	CHECK(!printed("PASS"));

	CHECK_EQ(run(IPL3SUM_BIN, ""), 2);
	CHECK(printed("usage: ipl3sum FILE"));
	CHECK_EQ(run(IPL3SUM_BIN, "a b"), 2);
	CHECK_EQ(run(IPL3SUM_BIN, "--frobnicate"), 2);
	CHECK_EQ(run(IPL3SUM_BIN, "missing.z64"), 2);
	CHECK(printed("ipl3sum: missing.z64: No such file"));
	CHECK_EQ(run(IPL3SUM_BIN, "junk.bin"), 2);
	CHECK(printed("ipl3sum: junk.bin: neither an N64 ROM"));
	CHECK_EQ(run(IPL3SUM_BIN, "short.z64"), 2);
	CHECK(printed("shorter than 4096 bytes"));
	CHECK_EQ(run(IPL3SUM_BIN, "noise.v64"), 2);
	CHECK(printed("byte-swapped"));
	CHECK_EQ(run(IPL3SUM_BIN, "."), 2);
}

static void test_ipl3search_program(void)
{
	const uint64_t x = (uint64_t)PLANT_W1006 << 32 | PLANT_W1007;
	uint8_t boot[BOOT_SIZE];
	char args[512];
	uint64_t target = make_planted(boot, 0);

	write_tmp("bare.bin", boot, BOOT_SIZE);

	/* Found, verified, written out; the written file has the checksum. */
	snprintf(args, sizeof(args), "--seed 0x3F --target 0x%llX --start 0x%llX"
		 " --count 2^10 -o signed.bin bare.bin",
		 (unsigned long long)target, (unsigned long long)(x - 500));
	CHECK_EQ(run(IPL3SEARCH_BIN, args), 0);
	snprintf(args, sizeof(args), "search: found 0x%llX\n", (unsigned long long)x);
	CHECK(printed(args));
	CHECK(printed("word 1006 (ROM 0xFF8): 0x00001234\n"));
	CHECK(printed("word 1007 (ROM 0xFFC): 0x89ABCDEF\n"));
	CHECK(printed("PASS"));
	CHECK_EQ(run(IPL3SUM_BIN, "signed.bin"), 1);	/* no CIC's value */

	/* No match: progress lines, the last one where the range ends. */
	CHECK_EQ(run(IPL3SEARCH_BIN, "--seed 0x3F --target 0x123456789ABC"
		     " --last 1 --start 100 --count 300 --every 128 bare.bin"), 1);
	CHECK(printed("search: at 0xE4\n"));	/* 100 + 128 */
	CHECK(printed("search: at 0x164\n"));
	CHECK(printed("search: at 0x190\n"));	/* 100 + 300 */
	CHECK(printed("search: no match from 0x64 to 0x18F"));

	/* A planted one-word solution through the program, --words form. */
	make_noise(boot, 4242);
	put_word(boot, 900, 0xABCD);
	snprintf(args, sizeof(args), "--seed 0x91 --target 0x%llX --words 900"
		 " --start 0xA000 --count 0x4000 noise.bin",
		 (unsigned long long)ipl3sum_checksum(boot, 0x91));
	put_word(boot, 900, 0);
	write_tmp("noise.bin", boot, BOOT_SIZE);
	CHECK_EQ(run(IPL3SEARCH_BIN, args), 0);
	CHECK(printed("word 900 (ROM 0xE50): 0x0000ABCD"));

	/* Malformed input. */
	CHECK_EQ(run(IPL3SEARCH_BIN, ""), 2);
	CHECK(printed("usage: ipl3search"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "--cic 1234 bare.bin"), 2);
	CHECK(printed("unknown CIC: 1234"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "--cic 6102 --seed 1 --target 2 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--seed 0x3F bare.bin"), 2);
	CHECK(printed("--seed and --target go together"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "--seed 256 --target 1 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--seed 1 --target 0x1000000000000 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--words 0 bare.bin"), 2);
	CHECK(printed("word 0 seeds the checksum"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "--words 1008 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--words 5,5 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--words 5,6,7 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--last 3 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--last 1 --words 5 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--start 12abc bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--start -1 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--start 0x bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--start 18446744073709551616 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--count 0 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--count 2^64 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--every 0 bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--last 1 --start 0x100000000 bare.bin"), 2);
	CHECK(printed("go past the last candidate, 0xFFFFFFFF"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "--last 1 --start 0xFFFFFFFF --count 2"
		     " bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "--frobnicate bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "bare.bin bare.bin"), 2);
	CHECK_EQ(run(IPL3SEARCH_BIN, "missing.bin"), 2);
	CHECK(printed("ipl3search: missing.bin: No such file"));
	CHECK_EQ(run(IPL3SEARCH_BIN, "junk.bin"), 2);
	CHECK(printed("neither an N64 ROM"));
}

int main(void)
{
	make_tmpdir("test_ipl3sum");
	test_zero_boot_code();
	test_against_reference();
	test_split();
	test_cic_table();
	test_locate();
	test_search_planted();
	test_search_block_boundary();
	test_search_init_errors();
	test_ipl3sum_program();
	test_ipl3search_program();
	remove_tmpdir();
	return check_summary();
}
