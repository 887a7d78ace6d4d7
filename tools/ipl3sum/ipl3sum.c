/* SPDX-License-Identifier: MIT */
/*
 * ipl3sum.c - the PIF's 48-bit checksum of the boot code (ROM 0x40-0xFFF).
 *
 * The PIF ROM's IPL2 runs sixteen 32-bit running sums over the 1008 words
 * of the boot code, seeded by the CIC's seed byte, then folds the sixteen
 * into 48 bits and hands them to the CIC for comparison.  The one
 * non-linear step, fold() in rounds.h, is a 32x32->64-bit multiply whose two
 * halves are subtracted.  docs/boot.md describes the whole algorithm in
 * words; the rounds and the fold are in rounds.h, shared with the search
 * (search.c), which stops and restarts between rounds.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ipl3sum.h"
#include "rounds.h"

/* Big-endian ROM header word, and how it reads in the two other dumps. */
#define ROM_MAGIC_Z64	0x80371240u
#define ROM_MAGIC_V64	0x37804012u	/* bytes swapped in pairs */
#define ROM_MAGIC_N64	0x40123780u	/* words little-endian */

/*
 * Seeds and expected checksums.  Where each is documented:
 *  - every pair: ares (github.com/ares-emulator/ares), ares/n64/cic/cic.cpp,
 *    CIC::power(): the values its CIC model sends the PIF per
 *    "CIC-NUS-xxxx" part, 61xx (NTSC) and 71xx (PAL) alike;
 *  - seeds alone: Decompollaborate's ipl3checksum, docs/reference_implementation.md,
 *    getSeed(): the seed the PIF passes to IPL3 in $s6 (0x3F, 0x78, 0x91, 0x85);
 *  - 6102/7101 again: /work/shared/n64-facts.md (measured with ares) and the
 *    PifChecksum README (github.com/jago85/PifChecksum: seed 3F, any 6102
 *    game gives 0xA536C0F1D859).
 */
const struct ipl3sum_cic ipl3sum_cics[] = {
	{ 6101, "6101",      0x3F, 0x45CC73EE317Aull },
	{ 6102, "6102/7101", 0x3F, 0xA536C0F1D859ull },
	{ 6103, "6103/7103", 0x78, 0x586FD4709867ull },
	{ 6105, "6105/7105", 0x91, 0x8618A45BC2D3ull },
	{ 6106, "6106/7106", 0x85, 0x2BBAD4E6EB74ull },
};
const size_t ipl3sum_cic_count = sizeof(ipl3sum_cics) / sizeof(ipl3sum_cics[0]);

const struct ipl3sum_cic *ipl3sum_find_cic(unsigned number)
{
	size_t i;

	/* The PAL part of a family is its NTSC number plus 1000 (7101 is
	 * 6102's twin, not 6101's: 6101 has no PAL version in the table). */
	if (number == 7101)
		number = 6102;
	else if (number == 7103 || number == 7105 || number == 7106)
		number -= 1000;
	for (i = 0; i < ipl3sum_cic_count; i++)
		if (ipl3sum_cics[i].number == number)
			return &ipl3sum_cics[i];
	return NULL;
}

/* Round r's "previous" word: round 1 has none and uses word 0 again. */
static uint32_t prev_word(const uint32_t *w, unsigned r)
{
	return r >= 2 ? w[r - 2] : w[0];
}

/* Whole rounds from..to (inclusive). */
static void run_rounds(uint32_t *s, const uint32_t *w, unsigned from,
		       unsigned to)
{
	unsigned r;

	for (r = from; r <= to; r++) {
		round_first(s, r, prev_word(w, r), w[r - 1]);
		if (r < IPL3SUM_WORDS)
			round_second(s, r, prev_word(w, r), w[r - 1], w[r]);
	}
}

/* ---- the pieces ---------------------------------------------------------- */

void ipl3sum_words(const uint8_t boot[IPL3SUM_BOOT_SIZE],
		   uint32_t w[IPL3SUM_WORDS])
{
	unsigned i;

	for (i = 0; i < IPL3SUM_WORDS; i++)
		w[i] = (uint32_t)boot[4 * i] << 24 | (uint32_t)boot[4 * i + 1] << 16 |
		       (uint32_t)boot[4 * i + 2] << 8 | boot[4 * i + 3];
}

void ipl3sum_bytes(const uint32_t w[IPL3SUM_WORDS],
		   uint8_t boot[IPL3SUM_BOOT_SIZE])
{
	unsigned i;

	for (i = 0; i < IPL3SUM_WORDS; i++) {
		boot[4 * i] = (uint8_t)(w[i] >> 24);
		boot[4 * i + 1] = (uint8_t)(w[i] >> 16);
		boot[4 * i + 2] = (uint8_t)(w[i] >> 8);
		boot[4 * i + 3] = (uint8_t)w[i];
	}
}

void ipl3sum_prefix(struct ipl3sum_state *st, uint8_t seed,
		    const uint32_t w[IPL3SUM_WORDS], unsigned first)
{
	/* Every sum starts as seed * magic + 1, mixed with the first word. */
	uint32_t init = ((uint32_t)seed * IPL2_MAGIC + 1) ^ w[0];
	unsigned i;

	for (i = 0; i < 16; i++)
		st->s[i] = init;
	run_rounds(st->s, w, 1, first - 1);
	round_first(st->s, first, prev_word(w, first), w[first - 1]);
}

void ipl3sum_tail(struct ipl3sum_state *st, const uint32_t w[IPL3SUM_WORDS],
		  unsigned first)
{
	if (first < IPL3SUM_WORDS)
		round_second(st->s, first, prev_word(w, first), w[first - 1],
			     w[first]);
	run_rounds(st->s, w, first + 1, IPL3SUM_WORDS);
}

uint32_t ipl3sum_final_high(const struct ipl3sum_state *st)
{
	return final_high32(st->s) & 0xFFFF;
}

uint64_t ipl3sum_final(const struct ipl3sum_state *st)
{
	return ((uint64_t)final_high32(st->s) << 32 | final_low32(st->s)) &
	       IPL3SUM_MASK;
}

/* ---- the whole checksum -------------------------------------------------- */

uint64_t ipl3sum_checksum(const uint8_t boot[IPL3SUM_BOOT_SIZE], uint8_t seed)
{
	uint32_t w[IPL3SUM_WORDS];
	struct ipl3sum_state st;

	ipl3sum_words(boot, w);
	ipl3sum_prefix(&st, seed, w, IPL3SUM_WORDS);
	ipl3sum_tail(&st, w, IPL3SUM_WORDS);
	return ipl3sum_final(&st);
}

const struct ipl3sum_cic *ipl3sum_identify(const uint8_t boot[IPL3SUM_BOOT_SIZE])
{
	size_t i;

	for (i = 0; i < ipl3sum_cic_count; i++)
		if (ipl3sum_checksum(boot, ipl3sum_cics[i].seed) ==
		    ipl3sum_cics[i].checksum)
			return &ipl3sum_cics[i];
	return NULL;
}

/* ---- files --------------------------------------------------------------- */

enum ipl3sum_input ipl3sum_locate(const uint8_t *buf, size_t len,
				  const uint8_t **boot)
{
	uint32_t magic;

	*boot = NULL;
	if (len == IPL3SUM_BOOT_SIZE) {
		*boot = buf;
		return IPL3SUM_INPUT_RAW;
	}
	if (len < 4)
		return IPL3SUM_INPUT_UNKNOWN;
	magic = (uint32_t)buf[0] << 24 | (uint32_t)buf[1] << 16 |
		(uint32_t)buf[2] << 8 | buf[3];
	if (magic == ROM_MAGIC_V64 || magic == ROM_MAGIC_N64)
		return IPL3SUM_INPUT_SWAPPED;
	if (magic != ROM_MAGIC_Z64)
		return IPL3SUM_INPUT_UNKNOWN;
	if (len < IPL3SUM_ROM_MIN)
		return IPL3SUM_INPUT_SHORT_ROM;
	*boot = buf + IPL3SUM_ROM_OFFSET;
	return IPL3SUM_INPUT_ROM;
}

const char *ipl3sum_input_error(enum ipl3sum_input kind)
{
	switch (kind) {
	case IPL3SUM_INPUT_RAW:
	case IPL3SUM_INPUT_ROM:
		return "";
	case IPL3SUM_INPUT_SWAPPED:
		return "a byte-swapped ROM (.v64 or .n64): convert it to"
		       " big-endian .z64 first";
	case IPL3SUM_INPUT_SHORT_ROM:
		return "an N64 ROM header, but the file is shorter than 4096"
		       " bytes, so the boot code is cut off";
	case IPL3SUM_INPUT_UNKNOWN:
		break;
	}
	return "neither an N64 ROM (big-endian .z64, starting 80 37 12 40)"
	       " nor a raw boot code (exactly 4032 bytes)";
}

int ipl3sum_load(const char *path, uint8_t boot[IPL3SUM_BOOT_SIZE],
		 enum ipl3sum_input *kind, char *why, size_t n)
{
	/* One byte more than a ROM needs: a 4032-byte file is told from a
	 * longer one by running into its end. */
	uint8_t buf[IPL3SUM_ROM_MIN + 1];
	const uint8_t *found;
	size_t len;
	FILE *f = fopen(path, "rb");

	*kind = IPL3SUM_INPUT_UNKNOWN;
	if (!f) {
		snprintf(why, n, "%s", strerror(errno));
		return -1;
	}
	len = fread(buf, 1, sizeof(buf), f);
	if (ferror(f)) {
		snprintf(why, n, "%s", strerror(errno ? errno : EIO));
		fclose(f);
		return -1;
	}
	fclose(f);
	*kind = ipl3sum_locate(buf, len, &found);
	if (!found) {
		snprintf(why, n, "%s", ipl3sum_input_error(*kind));
		return -1;
	}
	memcpy(boot, found, IPL3SUM_BOOT_SIZE);
	return 0;
}
