/* SPDX-License-Identifier: MIT */
/*
 * 64-bit division on a CPU whose divider takes 32 bits (divu, 37 cycles
 * on the VR4300).  None of this may use 64-bit `/` or `%`: GCC would turn
 * them into calls to the functions defined here.
 */
#include "internal.h"

/*
 * (hi:lo) / d and its remainder, for hi < d so that the quotient fits in
 * 32 bits.  This is long division in base 2^16 (Knuth's algorithm D): each
 * 16-bit digit of the quotient is estimated by dividing by the divisor's
 * top 16 bits with divu, then corrected.  Shifting d left until its top bit
 * is set makes the estimate at most 2 too large, and the test against the
 * divisor's low 16 bits catches those cases before they are used.
 */
static uint32_t div64by32(uint32_t hi, uint32_t lo, uint32_t d, uint32_t *rem)
{
	int s = rt_clz32(d);
	uint32_t dh, dl, q1, q0, rhat, num;

	if (s) {
		d <<= s;
		hi = hi << s | lo >> (32 - s);
		lo <<= s;
	}
	dh = d >> 16;
	dl = d & 0xffff;

	/* First digit: (hi:top half of lo) / d. */
	q1 = hi / dh;
	rhat = hi % dh;
	/* rhat <= 0xffff whenever the product is formed, so nothing wraps. */
	while (q1 > 0xffff || q1 * dl > (rhat << 16 | lo >> 16)) {
		q1--;
		rhat += dh;
		if (rhat > 0xffff)
			break;
	}
	/* The true difference is below d, so computing it mod 2^32 is exact. */
	num = (hi << 16 | lo >> 16) - q1 * d;

	/* Second digit: (num:bottom half of lo) / d, in the same way. */
	q0 = num / dh;
	rhat = num % dh;
	while (q0 > 0xffff || q0 * dl > (rhat << 16 | (lo & 0xffff))) {
		q0--;
		rhat += dh;
		if (rhat > 0xffff)
			break;
	}
	*rem = ((num << 16 | (lo & 0xffff)) - q0 * d) >> s;
	return q1 << 16 | q0;
}

uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem)
{
	uint32_t nh = rt_hi(n), nl = rt_lo(n);
	uint32_t dh = rt_hi(d), dl = rt_lo(d);
	uint32_t qh = 0, ql, r;
	int k;

	if (dh == 0) {
		if (nh == 0) {
			/* Both fit in 32 bits: one divu gives both results. */
			ql = nl / dl;
			r = nl % dl;
		} else {
			/* 32-bit divisor: a quotient word at a time, as on paper. */
			if (nh >= dl) {
				qh = nh / dl;
				nh %= dl;
			}
			ql = div64by32(nh, nl, dl, &r);
		}
		if (rem)
			*rem = r;
		return rt_join(qh, ql);
	}

	if (n < d) {
		if (rem)
			*rem = n;
		return 0;
	}

	/*
	 * d >= 2^32, so the quotient fits in 32 bits, and n >= d.  Line the
	 * top bit of d up with that of n (k < 32 places), then subtract and
	 * shift right k + 1 times, one quotient bit each.
	 */
	k = rt_clz32(dh) - rt_clz32(nh);
	if (k) {
		dh = dh << k | dl >> (32 - k);
		dl <<= k;
	}
	ql = 0;
	for (;;) {
		if (nh > dh || (nh == dh && nl >= dl)) {
			nh -= dh + (nl < dl);
			nl -= dl;
			ql |= 1;
		}
		if (k-- == 0)
			break;
		ql <<= 1;
		dl = dl >> 1 | dh << 31;
		dh >>= 1;
	}
	if (rem)
		*rem = rt_join(nh, nl);
	return ql;
}

uint64_t __udivdi3(uint64_t n, uint64_t d)
{
	return __udivmoddi4(n, d, 0);
}

uint64_t __umoddi3(uint64_t n, uint64_t d)
{
	uint64_t r;

	__udivmoddi4(n, d, &r);
	return r;
}

/* |x| as unsigned, which also holds |INT64_MIN|. */
static uint64_t magnitude(int64_t x)
{
	return x < 0 ? -(uint64_t)x : (uint64_t)x;
}

int64_t __divmoddi4(int64_t a, int64_t b, int64_t *rem)
{
	uint64_t q, r;

	q = __udivmoddi4(magnitude(a), magnitude(b), &r);
	/* C rounds toward zero: the remainder takes the dividend's sign. */
	if (rem)
		*rem = a < 0 ? -r : r;
	return (a < 0) != (b < 0) ? -q : q;
}

int64_t __divdi3(int64_t a, int64_t b)
{
	return __divmoddi4(a, b, 0);
}

int64_t __moddi3(int64_t a, int64_t b)
{
	int64_t r;

	__divmoddi4(a, b, &r);
	return r;
}
