/* SPDX-License-Identifier: MIT */
/*
 * rt.h - Lin64's replacement for the integer helpers of libgcc.
 *
 * GCC calls these for what the VR4300 cannot do in one instruction when
 * compiling o32 code: 64-bit division, variable 64-bit shifts (at -Os),
 * and the bit-counting builtins (MIPS III has no clz).  Debian's libgcc.a
 * for mips-linux-gnu is built for MIPS32r2 and uses clz and 3-operand mul,
 * so we link this instead.  Names and calling conventions are libgcc's;
 * "si" means 32 bits, "di" 64 bits.  Signedness of an argument does not
 * change how o32 passes it, so the bit functions take unsigned values.
 */
#ifndef LIN64_RT_H
#define LIN64_RT_H

#include <stdint.h>

/* divide.c: division by zero is undefined, as for the C operators. */

/* n / d; also stores n % d in *rem unless rem is NULL. */
uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem);
/* n / d, unsigned. */
uint64_t __udivdi3(uint64_t n, uint64_t d);
/* n % d, unsigned. */
uint64_t __umoddi3(uint64_t n, uint64_t d);
/* a / b, rounded toward zero. */
int64_t __divdi3(int64_t a, int64_t b);
/* a % b, with the sign of a. */
int64_t __moddi3(int64_t a, int64_t b);
/* a / b; also stores a % b in *rem unless rem is NULL. */
int64_t __divmoddi4(int64_t a, int64_t b, int64_t *rem);

/* bits.c: clz and ctz of zero are undefined, as for the builtins. */

/* Number of leading zero bits. */
int __clzsi2(uint32_t x);
int __clzdi2(uint64_t x);
/* Number of trailing zero bits. */
int __ctzsi2(uint32_t x);
int __ctzdi2(uint64_t x);
/* One plus the index of the lowest set bit, or 0 for 0. */
int __ffssi2(uint32_t x);
int __ffsdi2(uint64_t x);
/* Number of set bits. */
int __popcountsi2(uint32_t x);
int __popcountdi2(uint64_t x);
/* Number of set bits modulo 2. */
int __paritysi2(uint32_t x);
int __paritydi2(uint64_t x);
/* x with its bytes in reverse order. */
uint32_t __bswapsi2(uint32_t x);
uint64_t __bswapdi2(uint64_t x);

/* shift.c: counts are 0..63. */

/* a << n. */
int64_t __ashldi3(int64_t a, int n);
/* a >> n, copying the sign bit in. */
int64_t __ashrdi3(int64_t a, int n);
/* a >> n, shifting zeros in. */
int64_t __lshrdi3(int64_t a, int n);

/* arith.c */

/* a * b modulo 2^64 (the same bits signed or unsigned). */
int64_t __muldi3(int64_t a, int64_t b);
/* -a modulo 2^64. */
int64_t __negdi2(int64_t a);

/* compare.c: 0 if a < b, 1 if a == b, 2 if a > b. */

int __cmpdi2(int64_t a, int64_t b);
int __ucmpdi2(uint64_t a, uint64_t b);

#endif
