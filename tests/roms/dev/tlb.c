// SPDX-License-Identifier: MIT
/*
 * TLB (VR4300 User's Manual, "Memory Management", "Exception
 * Processing"): a page mapped with TLBWI works both ways; a load or store
 * with no matching entry raises a TLB refill exception at 0x80000000 (in
 * 32-bit mode, EXL clear) with ExcCode TLBL or TLBS, EPC at the access,
 * BadVAddr the address, EntryHi its VPN2 and the current ASID, and
 * Context's BadVPN2 filled in under the PTEBase software wrote; a match
 * on an invalid entry goes to the general vector instead.
 */
#include "dev.h"
#include "n64.h"

#define TLB_ENTRIES		32
#define VA_MAPPED		0x10000000	/* kuseg: translated */
#define VA_INVALID		(VA_MAPPED + 0x1000)	/* odd page, V clear */
#define VA_UNMAPPED		0x20000124
#define ASID			0x2a
#define PTE_BASE		0xff800000
#define LO_G			0x1
#define LO_V			0x2
#define LO_D			0x4
#define LO_UNCACHED		(2 << 3)
#define EXC_TLBL		2
#define EXC_TLBS		3
#define SENTINEL		0xdeadbeef

static uint32_t page[1024] __attribute__((aligned(4096)));

static volatile uint32_t *page_uncached(uint32_t word)
{
	return (volatile uint32_t *)KSEG1(PHYS(page) + 4 * word);
}

/* What an expected exception must have left; one check line. */
static void check_exc(const char *name, uint32_t before, uint32_t vector,
		      uint32_t code, const uint32_t *insn, uint32_t va)
{
	uint32_t bad = 0;

	bad |= (exc_seen.count != before + 1) << 0;
	bad |= (exc_seen.vector != vector) << 1;
	bad |= (EXC_CODE(exc_seen.cause) != code) << 2;
	bad |= (exc_seen.epc != (uint32_t)insn) << 3;
	bad |= (exc_seen.badvaddr != va) << 4;
	bad |= (exc_seen.entryhi != ((va & ~0x1fffu) | ASID)) << 5;
	bad |= (exc_seen.context != (PTE_BASE | ((va >> 9) & 0x7ffff0))) << 6;
	check(name, bad, 0);
}

void test_tlb(void)
{
	uint32_t i, n, lo0 = (PHYS(page) >> 12) << 6 | LO_UNCACHED | LO_D |
			     LO_V | LO_G;

	/* No entry may match by accident: park them all in unmapped KSEG0. */
	for (i = 0; i < TLB_ENTRIES; i++)
		tlb_write(i, KSEG0(i << 13), 0, 0);
	tlb_write(0, VA_MAPPED, lo0, LO_G);
	cp0_set_entryhi(ASID);
	cp0_set_context(PTE_BASE);

	*page_uncached(3) = 0x12345678;
	n = exc_seen.count;
	check("tlb: load through a mapped page", probe_lw(VA_MAPPED + 12, SENTINEL),
	      0x12345678);
	probe_sw(VA_MAPPED + 16, 0xcafef00d);
	check("tlb: store through a mapped page", *page_uncached(4), 0xcafef00d);
	check("tlb: mapped accesses raise nothing", exc_seen.count, n);

	check("tlb: refilled load returns nothing",
	      probe_lw(VA_UNMAPPED, SENTINEL), SENTINEL);
	check_exc("tlb: load refill at 0x80000000: TLBL, EPC, BadVAddr, EntryHi, Context (mask)",
		  n, 0x000, EXC_TLBL, probe_lw_insn, VA_UNMAPPED);
	probe_sw(VA_UNMAPPED + 0x2000, 1);
	check_exc("tlb: store refill at 0x80000000: TLBS, EPC, BadVAddr, EntryHi, Context (mask)",
		  n + 1, 0x000, EXC_TLBS, probe_sw_insn, VA_UNMAPPED + 0x2000);
	probe_lw(VA_INVALID, SENTINEL);
	check_exc("tlb: invalid entry at 0x80000180: TLBL, EPC, BadVAddr, EntryHi, Context (mask)",
		  n + 2, 0x180, EXC_TLBL, probe_lw_insn, VA_INVALID);
}
