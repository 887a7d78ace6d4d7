/* SPDX-License-Identifier: MIT */
/*
 * internal.h - what the runtime's own files share.
 *
 * The helpers here must not be written with the operations they replace:
 * GCC turns a variable 64-bit shift into a call to __ashldi3 and friends
 * (at -Os on o32) and __builtin_clz into a call to __clzsi2, so a helper
 * using them would call itself.  64-bit values are therefore taken apart
 * into 32-bit words, and shifted only by constants.
 */
#ifndef LIN64_RT_INTERNAL_H
#define LIN64_RT_INTERNAL_H

#include <stdint.h>

#include "rt.h"

static inline uint32_t rt_hi(uint64_t x)
{
	return x >> 32;
}

static inline uint32_t rt_lo(uint64_t x)
{
	return (uint32_t)x;
}

static inline uint64_t rt_join(uint32_t hi, uint32_t lo)
{
	return (uint64_t)hi << 32 | lo;
}

/*
 * Leading zeros of a nonzero x (0 gives 31): a binary search for the top
 * set bit that shifts each all-zero upper part out of the way and counts
 * it.  Branches rather than a branch-free form: on the VR4300 they cost
 * about the same, and a host predicts them well (test_rt runs it 2^32 times).
 */
static inline int rt_clz32(uint32_t x)
{
	int n = 0;

	if (x < 0x00010000u) {
		n += 16;
		x <<= 16;
	}
	if (x < 0x01000000u) {
		n += 8;
		x <<= 8;
	}
	if (x < 0x10000000u) {
		n += 4;
		x <<= 4;
	}
	if (x < 0x40000000u) {
		n += 2;
		x <<= 2;
	}
	return n + (x < 0x80000000u);
}

#endif
