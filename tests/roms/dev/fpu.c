// SPDX-License-Identifier: MIT
/*
 * FPU (VR4300 User's Manual, "Floating-Point Exceptions"): the VR4300
 * does not compute with denormalized numbers.  An operation on a
 * denormalized operand, or one whose result would be denormalized while
 * FCR31.FS is clear, raises the unimplemented operation exception: Cause
 * bit E (FCR31 bit 17) set and a floating-point exception (ExcCode 15)
 * whatever the enable bits, the destination left as it was.  With FS set
 * a denormalized result is flushed to zero instead.
 */
#include "dev.h"

#define EXC_FPE			15
#define FCR31_E			(1u << 17)
#define FCR31_FS		(1u << 24)
#define ONE			0x3f800000	/* 1.0f */
#define HALF			0x3f000000
#define ONE_AND_HALF		0x3fc00000
#define THREE			0x40400000
#define MIN_NORMAL		0x00800000	/* 2^-126 */
#define DENORMAL		0x00000001
#define SENTINEL		0x7f7f0000

/* 0 when the last operation trapped with E; a bit per thing that differs. */
static uint32_t unimplemented(uint32_t before, uint32_t result)
{
	return (exc_seen.count != before + 1) |
	       (EXC_CODE(exc_seen.cause) != EXC_FPE) << 1 |
	       !(exc_seen.fcr31 & FCR31_E) << 2 |
	       (result != SENTINEL) << 3;
}

void test_fpu(void)
{
	uint32_t n = exc_seen.count, r;

	fcr31_write(0);
	check("fpu: 1.5 * 2.0 = 3.0", fpu_mul_s(ONE_AND_HALF, 0x40000000, SENTINEL),
	      THREE);
	check("fpu: normal operands raise nothing", exc_seen.count, n);

	r = fpu_add_s(DENORMAL, ONE, SENTINEL);
	check("fpu: denormal operand: unimplemented-operation trap (mask)",
	      unimplemented(n, r), 0);

	r = fpu_mul_s(MIN_NORMAL, HALF, SENTINEL);
	check("fpu: denormal result, FS clear: unimplemented-operation trap (mask)",
	      unimplemented(n + 1, r), 0);

	fcr31_write(FCR31_FS);
	n = exc_seen.count;
	check("fpu: denormal result, FS set: flushed to 0",
	      fpu_mul_s(MIN_NORMAL, HALF, SENTINEL), 0);
	check("fpu: FS set: no trap", exc_seen.count, n);
	fcr31_write(0);
}
