/* SPDX-License-Identifier: MIT */
/*
 * dev.h - the device tests of -M n64: each test_*() checks one device
 * against its documented behaviour and reports through check().
 */
#ifndef LIN64_DEV_H
#define LIN64_DEV_H

#include <stdint.h>

/* MI: the interrupt lines of the RCP's devices (n64brew "MIPS Interface"). */
#define MI_INTR			0x04300008
#define MI_MASK			0x0430000c
#define  MI_INTR_SI		0x02
#define  MI_INTR_AI		0x04
#define  MI_INTR_VI		0x08
#define  MI_INTR_PI		0x10

#define CP0_CAUSE_IP2		0x400		/* the RCP's interrupt line */
#define COUNT_HZ		46875000u	/* CP0 Count: half the CPU clock */

/*
 * One check: prints "ok: NAME" or "FAIL: NAME got=... want=...", so that
 * a failure says what the device did.
 */
void check(const char *name, uint32_t got, uint32_t want);
/* The same for a range: lo <= got <= hi. */
void check_range(const char *name, uint32_t got, uint32_t lo, uint32_t hi);
/* The last line, "N passed, N failed". */
void check_tally(void);

/* What the exception vectors (cpu.S) saw last, and how often. */
struct exc_record {
	uint32_t vector;	/* 0x000 TLB refill, 0x180 the others */
	uint32_t cause;
	uint32_t epc;
	uint32_t badvaddr;
	uint32_t entryhi;
	uint32_t context;
	uint32_t count;
	uint32_t fcr31;
};
extern volatile struct exc_record exc_seen;
#define EXC_CODE(cause)		(((cause) >> 2) & 0x1f)

/* cpu.S: the vectors, accesses that may fault, and CP0/CP1 access. */
void exc_install(void);
uint32_t probe_lw(uint32_t addr, uint32_t if_fault);
void probe_sw(uint32_t addr, uint32_t value);
extern const uint32_t probe_lw_insn[], probe_sw_insn[];
uint32_t fpu_add_s(uint32_t a, uint32_t b, uint32_t if_trap);
uint32_t fpu_mul_s(uint32_t a, uint32_t b, uint32_t if_trap);
uint32_t fcr31_read(void);
void fcr31_write(uint32_t v);
void tlb_write(uint32_t index, uint32_t entryhi, uint32_t lo0, uint32_t lo1);
void cp0_set_status(uint32_t v);
void cp0_set_entryhi(uint32_t v);
void cp0_set_context(uint32_t v);
uint32_t cp0_count(void);
uint32_t cp0_cause(void);

/* Busy-wait until (MI_INTR & @bits) or @ticks of Count pass; 0 on timeout. */
int wait_mi(uint32_t bits, uint32_t ticks);

void test_vi(void);
void test_pi(void);
void test_joybus(void);
void test_eeprom(void);
void test_ai(void);
void test_tlb(void);
void test_fpu(void);

#endif
