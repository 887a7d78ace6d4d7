/* SPDX-License-Identifier: MIT */
/* 64-bit multiply and negate from 32-bit operations. */
#include "internal.h"

/*
 * With a = ah:al and b = bh:bl, a * b mod 2^64 is al * bl (a full 64-bit
 * product, one multu) plus the low words of al * bh and ah * bl in the high
 * word; ah * bh only reaches bit 64 and above.
 */
int64_t __muldi3(int64_t a, int64_t b)
{
	uint32_t al = rt_lo(a), ah = rt_hi(a);
	uint32_t bl = rt_lo(b), bh = rt_hi(b);
	uint64_t low = (uint64_t)al * bl;

	return rt_join(rt_hi(low) + al * bh + ah * bl, rt_lo(low));
}

/* Negated as unsigned: -INT64_MIN wraps to itself instead of overflowing. */
int64_t __negdi2(int64_t a)
{
	return -(uint64_t)a;
}
