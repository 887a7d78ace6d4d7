/* SPDX-License-Identifier: MIT */
/*
 * rounds.h - the steps of the PIF's boot-code checksum, for ipl3sum.c and
 * search.c only.
 *
 * They are static inline so that the search's inner loop is one function
 * the compiler can keep in registers and hoist what does not change
 * between candidates out of.  Every data-dependent choice is written as
 * "compute both, then pick", which compilers turn into conditional moves:
 * which way these comparisons go is random, and a mispredicted branch
 * costs more than the multiply it would save.
 */
#ifndef LIN64_IPL3SUM_ROUNDS_H
#define LIN64_IPL3SUM_ROUNDS_H

#include <stdint.h>

/* The multiplier IPL2 uses for the seed and inside round step 3. */
#define IPL2_MAGIC	0x6C078965u

static inline uint32_t rol(uint32_t x, uint32_t n)
{
	n &= 31;
	return (x << n) | (x >> (-n & 31));	/* no shift by 32 when n is 0 */
}

static inline uint32_t ror(uint32_t x, uint32_t n)
{
	n &= 31;
	return (x >> n) | (x << (-n & 31));
}

/*
 * IPL2's mixing step: a * b as a 64-bit product, high word minus low word.
 * A zero b is replaced by k (the round number), and a zero difference
 * gives a back, so neither a zero word nor a product with equal halves
 * wipes a sum out.
 */
static inline uint32_t fold(uint32_t a, uint32_t b, uint32_t k)
{
	uint64_t p = (uint64_t)a * (b ? b : k);
	uint32_t d = (uint32_t)(p >> 32) - (uint32_t)p;

	return d ? d : a;
}

/* The first half of round r: what word c (= w[r-1]) and the one before
 * it, p, do to sums 0-9.  Sum 6 reads sums 3 and 4 after their update. */
static inline void round_first(uint32_t *s, uint32_t r, uint32_t p,
			       uint32_t c)
{
	uint32_t s6_below, s6_above, s9_fold, s9_add;

	s[0] += fold(1007 - r, c, r);	/* wraps to 0xFFFFFFFF in round 1008 */
	s[1] = fold(s[1], c, r);
	s[2] ^= c;
	s[3] += fold(c + 5, IPL2_MAGIC, r);
	s[4] += ror(c, p);
	s[5] += rol(c, p >> 27);
	s6_below = (s[3] + s[6]) ^ (c + r);
	s6_above = (s[4] + c) ^ s[6];
	s[6] = c < s[6] ? s6_below : s6_above;
	s[7] = fold(s[7], rol(c, p), r);
	s[8] = fold(s[8], ror(c, p >> 27), r);
	s9_fold = fold(s[9], c, r);
	s9_add = s[9] + c;
	s[9] = p < c ? s9_fold : s9_add;
}

/* The second half of round r (every round but the last): sums 10-15 also
 * look one word ahead, at n (= w[r]).  Sum 12 reads sum 8 after round_first(). */
static inline void round_second(uint32_t *s, uint32_t r, uint32_t p,
				uint32_t c, uint32_t n)
{
	s[10] = fold(s[10] + c, n, r);
	s[11] = fold(s[11] ^ c, n, r);
	s[12] += s[8] ^ c;
	s[13] += ror(c, c) + ror(n, n);
	s[14] = fold(fold(s[14], ror(c, p), r), ror(n, c), r);
	s[15] = fold(fold(s[15], rol(c, p >> 27), r), rol(n, c >> 27), r);
}

/*
 * The fold of the sixteen sums into 48 bits.  Four accumulators start at
 * sum 0 and take each sum d in turn; the top 16 bits come from the first
 * two (hi0, hi1), the low 32 from the other two (lo0, lo1), so the two
 * halves can be computed apart.
 */
static inline uint32_t final_high32(const uint32_t *s)
{
	uint32_t hi0 = s[0], hi1 = s[0];
	uint32_t k;

	for (k = 0; k < 16; k++) {
		uint32_t d = s[k], add, mix;

		hi0 += ror(d, d);
		add = hi1 + d;
		mix = fold(hi1, d, k);
		hi1 = d < hi0 ? add : mix;
	}
	return fold(hi0, hi1, 16);
}

static inline uint32_t final_low32(const uint32_t *s)
{
	uint32_t lo0 = s[0], lo1 = s[0];
	uint32_t k;

	for (k = 0; k < 16; k++) {
		uint32_t d = s[k];

		/* lo0 adds d when its two low bits are equal; lo1 xors odd d. */
		lo0 = ((d >> 1) & 1) == (d & 1) ? lo0 + d : fold(lo0, d, k);
		lo1 = d & 1 ? lo1 ^ d : fold(lo1, d, k);
	}
	return lo0 ^ lo1;
}

#endif
