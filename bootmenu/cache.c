// SPDX-License-Identifier: MIT
#include "cache.h"

#define DCACHE_LINE			16u
#define ICACHE_LINE			32u
#define HIT_INVALIDATE_I		0x10
#define HIT_INVALIDATE_D		0x11
#define HIT_WRITEBACK_INVALIDATE_D	0x15

#define CACHE_OP_RANGE(op, line, addr, len)				\
	do {								\
		uint32_t a = (uint32_t)(addr) & ~((line) - 1);		\
		uint32_t end = (uint32_t)(addr) + (len);		\
		for (; a < end; a += (line))				\
			__asm__ volatile("cache %0, 0(%1)"		\
					 : : "i"(op), "r"(a) : "memory"); \
	} while (0)

void dcache_invalidate(const void *addr, uint32_t len)
{
	CACHE_OP_RANGE(HIT_INVALIDATE_D, DCACHE_LINE, addr, len);
}

void dcache_writeback_invalidate(const void *addr, uint32_t len)
{
	CACHE_OP_RANGE(HIT_WRITEBACK_INVALIDATE_D, DCACHE_LINE, addr, len);
}

void icache_invalidate(const void *addr, uint32_t len)
{
	CACHE_OP_RANGE(HIT_INVALIDATE_I, ICACHE_LINE, addr, len);
}
