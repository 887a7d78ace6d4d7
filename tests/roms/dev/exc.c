// SPDX-License-Identifier: MIT
#include "cache.h"
#include "dev.h"
#include "n64.h"

#define STATUS_CU1_CU0_FR	0x34000000	/* BEV, EXL, ERL, IE clear */
#define VECTOR_REFILL		0x000
#define VECTOR_GENERAL		0x180
#define STUB_BYTES		8

extern const uint32_t exc_stub_refill[], exc_stub_general[];

volatile struct exc_record exc_seen;

static void put_stub(uint32_t vector, const uint32_t *stub)
{
	uint32_t *dst = (uint32_t *)KSEG0(vector);

	dst[0] = stub[0];
	dst[1] = stub[1];
	dcache_writeback_invalidate(dst, STUB_BYTES);
	icache_invalidate(dst, STUB_BYTES);
}

/* The payload owns the machine: BEV clear puts the vectors in RDRAM. */
void exc_install(void)
{
	put_stub(VECTOR_REFILL, exc_stub_refill);
	put_stub(VECTOR_GENERAL, exc_stub_general);
	cp0_set_status(STATUS_CU1_CU0_FR);
}
