/* SPDX-License-Identifier: MIT */
#include "memory.h"

long zone_size_kb(long mem_available_kb)
{
	long kb = mem_available_kb - ZONE_RESERVE_KB;

	if (kb > ZONE_MAX_KB)
		kb = ZONE_MAX_KB;
	return kb < ZONE_MIN_KB ? 0 : kb;
}
