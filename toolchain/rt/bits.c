/* SPDX-License-Identifier: MIT */
/*
 * Bit counting and byte swapping, which MIPS III has no instructions for.
 * No loops over bits: GCC recognises some of those as the very builtin
 * being implemented and would emit a call to it.
 */
#include "internal.h"

int __clzsi2(uint32_t x)
{
	return rt_clz32(x);
}

int __clzdi2(uint64_t x)
{
	uint32_t hi = rt_hi(x);

	return hi ? rt_clz32(hi) : 32 + rt_clz32(rt_lo(x));
}

/* x & -x keeps only the lowest set bit; its position is 31 - clz. */
static inline int ctz32(uint32_t x)
{
	return 31 - rt_clz32(x & -x);
}

int __ctzsi2(uint32_t x)
{
	return ctz32(x);
}

int __ctzdi2(uint64_t x)
{
	uint32_t lo = rt_lo(x);

	return lo ? ctz32(lo) : 32 + ctz32(rt_hi(x));
}

int __ffssi2(uint32_t x)
{
	return x ? ctz32(x) + 1 : 0;
}

int __ffsdi2(uint64_t x)
{
	uint32_t lo = rt_lo(x), hi = rt_hi(x);

	if (lo)
		return ctz32(lo) + 1;
	return hi ? ctz32(hi) + 33 : 0;
}

/*
 * Counts in parallel: first each 2-bit field gets the count of its two
 * bits, then 4-bit fields, then bytes; the byte counts (at most 8 each)
 * are then added with shifts rather than a multiply.
 */
static inline int popcount32(uint32_t x)
{
	x -= x >> 1 & 0x55555555;
	x = (x & 0x33333333) + (x >> 2 & 0x33333333);
	x = (x + (x >> 4)) & 0x0f0f0f0f;
	x += x >> 8;
	x += x >> 16;
	return x & 0x3f;
}

int __popcountsi2(uint32_t x)
{
	return popcount32(x);
}

int __popcountdi2(uint64_t x)
{
	return popcount32(rt_hi(x)) + popcount32(rt_lo(x));
}

/* Folds x in half until bit 0 is the xor of all the bits. */
static inline int parity32(uint32_t x)
{
	x ^= x >> 16;
	x ^= x >> 8;
	x ^= x >> 4;
	x ^= x >> 2;
	x ^= x >> 1;
	return x & 1;
}

int __paritysi2(uint32_t x)
{
	return parity32(x);
}

int __paritydi2(uint64_t x)
{
	return parity32(rt_hi(x) ^ rt_lo(x));
}

static inline uint32_t bswap32(uint32_t x)
{
	return x >> 24 | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24;
}

uint32_t __bswapsi2(uint32_t x)
{
	return bswap32(x);
}

uint64_t __bswapdi2(uint64_t x)
{
	return rt_join(bswap32(rt_lo(x)), bswap32(rt_hi(x)));
}
