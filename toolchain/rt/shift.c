/* SPDX-License-Identifier: MIT */
/*
 * 64-bit shifts by a variable count, done on the two 32-bit words.  A
 * count of 32..63 moves one word into the other; below 32 the bits that
 * cross between the words are shifted the other way by 32 - n, which is
 * why n == 0 needs its own case (a shift by 32 is undefined in C, and MIPS
 * would shift by 0).
 */
#include "internal.h"

int64_t __ashldi3(int64_t a, int n)
{
	uint32_t hi = rt_hi(a), lo = rt_lo(a);

	if (n & 32) {
		hi = lo << (n & 31);
		lo = 0;
	} else if (n) {
		hi = hi << n | lo >> (32 - n);
		lo <<= n;
	}
	return rt_join(hi, lo);
}

int64_t __lshrdi3(int64_t a, int n)
{
	uint32_t hi = rt_hi(a), lo = rt_lo(a);

	if (n & 32) {
		lo = hi >> (n & 31);
		hi = 0;
	} else if (n) {
		lo = lo >> n | hi << (32 - n);
		hi >>= n;
	}
	return rt_join(hi, lo);
}

/* Relies on >> of a negative int32_t copying the sign, as GCC defines. */
int64_t __ashrdi3(int64_t a, int n)
{
	int32_t hi = rt_hi(a);
	uint32_t lo = rt_lo(a);

	if (n & 32) {
		lo = hi >> (n & 31);
		hi >>= 31;
	} else if (n) {
		lo = lo >> n | (uint32_t)hi << (32 - n);
		hi >>= n;
	}
	return rt_join(hi, lo);
}
