/* SPDX-License-Identifier: MIT */
/* Three-way 64-bit comparisons; libgcc's convention is 0, 1, 2 for <, =, >. */
#include "rt.h"

int __cmpdi2(int64_t a, int64_t b)
{
	return (a > b) - (a < b) + 1;
}

int __ucmpdi2(uint64_t a, uint64_t b)
{
	return (a > b) - (a < b) + 1;
}
