/*
 * vr4300-cost: a TCG plugin that estimates what the guest costs on an NEC
 * VR4300 at 93.75 MHz, the Nintendo 64's CPU (docs/perf.md).
 *
 * Every instruction costs one cycle (the 5-stage pipeline issues one a
 * cycle), plus:
 *   - the load interlock: a load whose result the next instruction reads;
 *   - the multiply/divide unit and the FPU, charged at issue;
 *   - the 16 KiB instruction cache (32-byte lines) and the 8 KiB data
 *     cache (16-byte lines, write-back), both direct-mapped, with a miss
 *     cost and, for a dirty data line, a write-back cost;
 *   - uncached (KSEG1) instruction fetches and data accesses, RCP/PI
 *     register accesses (MMIO) and CACHE instructions.
 * Each number is a named parameter below with the table it comes from.
 *
 * It reports through QEMU's log (-d plugin -D FILE), one line each:
 *   vr4300: marker N cycles=C miss=M insns=I wait_... user=U
 *       the guest ran `ori $zero, $zero, N` (a no-op no compiler emits):
 *       the totals before it, for "from here to there" spans;
 *   vr4300: isv cycles=C miss=M insns=I wait_...
 *       the guest wrote the IS-Viewer's length register (printed a line);
 *   vr4300: total cycles=C miss=M insns=I wait_...
 *   vr4300: kernel=K user=U icache=... mmio=...
 *       at exit; kernel = cycles at KSEG0/1 addresses, user = below, then
 *       the miss cycles by kind.
 * C counts cycles, M the part of them spent on cache misses, write-backs
 * and uncached accesses, I instructions; wait_cycles, wait_miss and
 * wait_insns the same for blocks that read a device register (below),
 * U the cycles of user code (below KSEG0) among C.  Counts depend only on what the
 * guest executes, so under -icount the same ROM and inputs give the same
 * figures on any host.
 *
 * What it leaves out: RDRAM bank and row effects, contention with the
 * RSP, RDP and DMA engines, the cost of TLB misses beyond the handler's
 * own instructions, and interlocks across translation-block boundaries.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <qemu-plugin.h>

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

/* ---- parameters (docs/perf.md gives each one's source) ------------------ */

/* NEC VR4300 User's Manual, "Multiply/Divide Instruction Cycles" */
#define COST_MULT		5
#define COST_DMULT		8
#define COST_DIV		37
#define COST_DDIV		69
/* The same manual, "Floating-Point Operation Latencies" */
#define COST_FPU_ADD		3
#define COST_FPU_MUL_S		5
#define COST_FPU_MUL_D		8
#define COST_FPU_DIV_S		29
#define COST_FPU_DIV_D		58
#define COST_FPU_SQRT_S		29
#define COST_FPU_SQRT_D		58
#define COST_FPU_CVT		5
#define COST_FPU_CMP		3
/* The manual's pipeline chapter: LDI, the load interlock */
#define COST_LOAD_USE		1
/*
 * Not in the manual (they depend on the RCP and RDRAM): measured on
 * consoles, see docs/perf.md.  Cycles added to the instruction's one.
 */
#define COST_ICACHE_MISS	40	/* 32-byte line from RDRAM */
#define COST_DCACHE_MISS	32	/* 16-byte line from RDRAM */
#define COST_DCACHE_WRITEBACK	24	/* a dirty 16-byte line to RDRAM */
#define COST_UNCACHED_FETCH	40	/* one instruction word from RDRAM */
#define COST_UNCACHED_DATA	30	/* one load or store to RDRAM */
#define COST_MMIO		25	/* an RCP register or the PI bus */
#define COST_CACHE_OP		1	/* a CACHE instruction's extra cycles */

#define ICACHE_LINES		512	/* 16 KiB / 32 */
#define ICACHE_LINE_SHIFT	5
#define DCACHE_LINES		512	/* 8 KiB / 16 */
#define DCACHE_LINE_SHIFT	4

#define KSEG0			0x80000000u
#define KSEG1			0xa0000000u
#define KSEG2			0xc0000000u
#define ISV_LENGTH		0x13ff0014u	/* the IS-Viewer's print */

/* ---- the one CPU's state ------------------------------------------------- */

struct cache_line {
	uint64_t tag;		/* physical line address + 1; 0: invalid */
	bool dirty;
};

struct totals {
	uint64_t cycles, miss, insns;
};

static struct {
	struct totals all;
	struct totals wait;	/* of all: blocks that read an RCP register */
	uint64_t kernel;	/* cycles of code at KSEG0 and up */
	/* miss cycles by kind, for the totals line */
	uint64_t icache_miss, dcache_miss, writeback, uncached_fetch;
	uint64_t uncached_data, mmio;
	bool in_kernel;		/* the running block is */
	struct totals block_start;	/* all, when the running block began */
	uint32_t block_insns;
	bool block_read_io;
	struct cache_line icache[ICACHE_LINES];
	struct cache_line dcache[DCACHE_LINES];
} cpu;

/* What translation works out once for each block. */
struct tb_cost {
	uint64_t cycles;	/* every instruction's fixed cost, summed */
	uint32_t insns;
	bool kernel;
	bool uncached;		/* fetched through KSEG1 */
	uint32_t n_lines;	/* instruction cache lines it covers */
	struct { uint32_t vaddr; uint64_t tag; } lines[];
};

struct marker {
	uint32_t number;
	uint64_t cycles_after;	/* the block's fixed cost past the marker */
	uint32_t insns_after;
};

/* ---- decoding ------------------------------------------------------------ */

#define OP(w)		((w) >> 26)
#define RS(w)		(((w) >> 21) & 31)
#define RT(w)		(((w) >> 16) & 31)
#define FUNCT(w)	((w) & 63)
#define FMT(w)		RS(w)

#define OP_SPECIAL	0x00
#define OP_COP1		0x11
#define FMT_S		0x10
#define FMT_D		0x11

/* The extra cycles of the multiply/divide unit and the FPU. */
static unsigned int unit_cost(uint32_t w)
{
	if (OP(w) == OP_SPECIAL) {
		switch (FUNCT(w)) {
		case 0x18: case 0x19: return COST_MULT - 1;	/* MULT(U) */
		case 0x1c: case 0x1d: return COST_DMULT - 1;	/* DMULT(U) */
		case 0x1a: case 0x1b: return COST_DIV - 1;	/* DIV(U) */
		case 0x1e: case 0x1f: return COST_DDIV - 1;	/* DDIV(U) */
		}
		return 0;
	}
	if (OP(w) != OP_COP1 || (FMT(w) != FMT_S && FMT(w) != FMT_D &&
				 FMT(w) != 0x14 && FMT(w) != 0x15))
		return 0;
	switch (FUNCT(w)) {
	case 0x00: case 0x01: return COST_FPU_ADD - 1;		/* ADD, SUB */
	case 0x02: return (FMT(w) == FMT_D ? COST_FPU_MUL_D : COST_FPU_MUL_S) - 1;
	case 0x03: return (FMT(w) == FMT_D ? COST_FPU_DIV_D : COST_FPU_DIV_S) - 1;
	case 0x04: return (FMT(w) == FMT_D ? COST_FPU_SQRT_D : COST_FPU_SQRT_S) - 1;
	}
	if (FUNCT(w) >= 0x08 && FUNCT(w) <= 0x0f)		/* ROUND..FLOOR */
		return COST_FPU_CVT - 1;
	if (FUNCT(w) >= 0x20 && FUNCT(w) <= 0x25)		/* CVT.* */
		return COST_FPU_CVT - 1;
	if (FUNCT(w) >= 0x30)					/* C.cond */
		return COST_FPU_CMP - 1;
	return 0;
}

/* The general register a load writes, or 0 (none, or not a GPR load). */
static unsigned int load_target(uint32_t w)
{
	switch (OP(w)) {
	case 0x1a: case 0x1b:			/* LDL, LDR */
	case 0x20: case 0x21: case 0x22: case 0x23:
	case 0x24: case 0x25: case 0x26: case 0x27:	/* LB..LWU */
	case 0x30: case 0x34: case 0x37:	/* LL, LLD, LD */
		return RT(w);
	}
	return 0;
}

/* Whether @w reads general register @r (r != 0). */
static bool reads_gpr(uint32_t w, unsigned int r)
{
	switch (OP(w)) {
	case OP_SPECIAL:
		switch (FUNCT(w)) {
		case 0x00: case 0x02: case 0x03:	/* SLL, SRL, SRA */
		case 0x38: case 0x3a: case 0x3b:	/* DSLL, DSRL, DSRA */
		case 0x3c: case 0x3e: case 0x3f:	/* DSLL32.. */
			return RT(w) == r;
		case 0x10: case 0x12:			/* MFHI, MFLO */
			return false;
		}
		return RS(w) == r || RT(w) == r;
	case 0x01:				/* REGIMM */
	case 0x06: case 0x07: case 0x16: case 0x17:	/* BLEZ, BGTZ(L) */
		return RS(w) == r;
	case 0x02: case 0x03: case 0x0f:	/* J, JAL, LUI */
		return false;
	case 0x04: case 0x05: case 0x14: case 0x15:	/* BEQ, BNE(L) */
	case 0x28: case 0x29: case 0x2a: case 0x2b:	/* SB..SWL */
	case 0x2c: case 0x2d: case 0x2e:	/* SDL, SDR, SWR */
	case 0x38: case 0x3c: case 0x3f:	/* SC, SCD, SD */
	case 0x22: case 0x26: case 0x1a: case 0x1b:	/* LWL, LWR, LDL, LDR */
		return RS(w) == r || RT(w) == r;
	case 0x10: case OP_COP1:		/* MTC0/MTC1/CTC1 read rt */
		return (RS(w) == 0x04 || RS(w) == 0x05 || RS(w) == 0x06) &&
		       RT(w) == r;
	}
	return RS(w) == r;			/* immediates, loads, stores */
}

static bool is_cache_op(uint32_t w)
{
	return OP(w) == 0x2f;
}

/* `ori $zero, $zero, N`: a marker. */
static bool is_marker(uint32_t w)
{
	return (w & 0xffff0000u) == 0x34000000u;
}

static uint32_t insn_word(const struct qemu_plugin_insn *insn)
{
	const uint8_t *b = qemu_plugin_insn_data(insn);

	return (uint32_t)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}

/* ---- reporting ----------------------------------------------------------- */

/*
 * A block that reads an RCP or PI register is taken as waiting on a
 * device (a polling loop, mostly): its cycles also count as wait.  Under
 * -icount a poll loop spins for as long as the device model's time says,
 * at 8 ns an instruction, not at the model's cost; docs/perf.md shows how
 * the benchmarks take the waits' length from the virtual clock instead.
 */
static void end_block(void)
{
	if (cpu.block_read_io) {
		cpu.wait.cycles += cpu.all.cycles - cpu.block_start.cycles;
		cpu.wait.miss += cpu.all.miss - cpu.block_start.miss;
		cpu.wait.insns += cpu.block_insns;
	}
	cpu.block_read_io = false;
}

static void report(const char *what)
{
	g_autofree char *line = NULL;

	/* The wait totals are those up to the running block's start. */
	line = g_strdup_printf("vr4300: %s cycles=%" PRIu64 " miss=%" PRIu64
			       " insns=%" PRIu64 " wait_cycles=%" PRIu64
			       " wait_miss=%" PRIu64 " wait_insns=%" PRIu64
			       " user=%" PRIu64 "\n",
			       what, cpu.all.cycles, cpu.all.miss, cpu.all.insns,
			       cpu.wait.cycles, cpu.wait.miss, cpu.wait.insns,
			       cpu.all.cycles - cpu.kernel);
	qemu_plugin_outs(line);
}

static void charge(uint64_t cycles)
{
	cpu.all.cycles += cycles;
	if (cpu.in_kernel)
		cpu.kernel += cycles;
}

static void charge_miss(uint64_t *kind, uint64_t cycles)
{
	charge(cycles);
	cpu.all.miss += cycles;
	*kind += cycles;
}

/* ---- execution ----------------------------------------------------------- */

static void tb_exec(unsigned int vcpu, void *udata)
{
	struct tb_cost *tb = udata;
	uint32_t i;

	end_block();
	cpu.block_start = cpu.all;
	cpu.block_insns = tb->insns;
	cpu.in_kernel = tb->kernel;
	charge(tb->cycles);
	cpu.all.insns += tb->insns;
	if (tb->uncached) {
		charge_miss(&cpu.uncached_fetch,
			    (uint64_t)tb->insns * COST_UNCACHED_FETCH);
		return;
	}
	for (i = 0; i < tb->n_lines; i++) {
		struct cache_line *l = &cpu.icache[(tb->lines[i].vaddr >>
					ICACHE_LINE_SHIFT) % ICACHE_LINES];

		if (l->tag != tb->lines[i].tag) {
			l->tag = tb->lines[i].tag;
			charge_miss(&cpu.icache_miss, COST_ICACHE_MISS);
		}
	}
}

static void mem_access(unsigned int vcpu, qemu_plugin_meminfo_t info,
		       uint64_t vaddr, void *udata)
{
	struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);
	uint32_t va = (uint32_t)vaddr;
	struct cache_line *l;
	uint64_t tag;

	if (!hw || qemu_plugin_hwaddr_is_io(hw)) {
		charge_miss(&cpu.mmio, COST_MMIO);
		if (!qemu_plugin_mem_is_store(info))
			cpu.block_read_io = true;
		if (hw && qemu_plugin_mem_is_store(info) &&
		    qemu_plugin_hwaddr_phys_addr(hw) == ISV_LENGTH)
			report("isv");
		return;
	}
	if (va >= KSEG1 && va < KSEG2) {
		charge_miss(&cpu.uncached_data, COST_UNCACHED_DATA);
		return;
	}
	tag = (qemu_plugin_hwaddr_phys_addr(hw) >> DCACHE_LINE_SHIFT) + 1;
	l = &cpu.dcache[(va >> DCACHE_LINE_SHIFT) % DCACHE_LINES];
	if (l->tag != tag) {
		if (l->tag && l->dirty)
			charge_miss(&cpu.writeback, COST_DCACHE_WRITEBACK);
		charge_miss(&cpu.dcache_miss, COST_DCACHE_MISS);
		l->tag = tag;
		l->dirty = false;
	}
	if (qemu_plugin_mem_is_store(info))
		l->dirty = true;
}

static void marker_exec(unsigned int vcpu, void *udata)
{
	struct marker *m = udata;
	char what[32];

	/* The block's fixed cost was charged as it started: take back the
	 * part after the marker, so the totals are those before it. */
	cpu.all.cycles -= m->cycles_after;
	cpu.all.insns -= m->insns_after;
	snprintf(what, sizeof(what), "marker %u", m->number);
	report(what);
	cpu.all.cycles += m->cycles_after;
	cpu.all.insns += m->insns_after;
}

/* ---- translation --------------------------------------------------------- */

/* The physical line of an instruction fetch, for the cache's tags. */
static uint64_t fetch_tag(const struct qemu_plugin_insn *insn, uint32_t va)
{
	if (va >= KSEG0 && va < KSEG2)
		return ((va & 0x1fffffffu) >> ICACHE_LINE_SHIFT) + 1;
	/* Mapped (user) code: its host page stands for its physical page. */
	return ((uintptr_t)qemu_plugin_insn_haddr(insn) >> ICACHE_LINE_SHIFT) + 1;
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
	size_t n = qemu_plugin_tb_n_insns(tb), i;
	uint32_t va0 = (uint32_t)qemu_plugin_tb_vaddr(tb);
	struct tb_cost *cost;
	uint64_t *fixed = g_new0(uint64_t, n);
	uint32_t last_line = UINT32_MAX;

	/* Blocks cover at most n + 1 lines; a line per instruction bounds it. */
	cost = g_malloc0(sizeof(*cost) + (n + 1) * sizeof(cost->lines[0]));
	cost->kernel = va0 >= KSEG0;
	cost->uncached = va0 >= KSEG1 && va0 < KSEG2;
	for (i = 0; i < n; i++) {
		struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
		uint32_t w = insn_word(insn), va = qemu_plugin_insn_vaddr(insn);
		unsigned int dest = load_target(w);

		fixed[i] = 1 + unit_cost(w);
		if (is_cache_op(w))
			fixed[i] += COST_CACHE_OP;
		if (dest && i + 1 < n &&
		    reads_gpr(insn_word(qemu_plugin_tb_get_insn(tb, i + 1)), dest))
			fixed[i] += COST_LOAD_USE;
		cost->cycles += fixed[i];
		if (va >> ICACHE_LINE_SHIFT != last_line) {
			last_line = va >> ICACHE_LINE_SHIFT;
			cost->lines[cost->n_lines].vaddr = va;
			cost->lines[cost->n_lines].tag = fetch_tag(insn, va);
			cost->n_lines++;
		}
		qemu_plugin_register_vcpu_mem_cb(insn, mem_access,
						 QEMU_PLUGIN_CB_NO_REGS,
						 QEMU_PLUGIN_MEM_RW, NULL);
	}
	cost->insns = n;
	qemu_plugin_register_vcpu_tb_exec_cb(tb, tb_exec, QEMU_PLUGIN_CB_NO_REGS,
					     cost);

	for (i = 0; i < n; i++) {
		struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
		uint32_t w = insn_word(insn);
		struct marker *m;
		size_t j;

		if (!is_marker(w))
			continue;
		m = g_new0(struct marker, 1);
		m->number = w & 0xffff;
		for (j = i; j < n; j++)
			m->cycles_after += fixed[j];
		m->insns_after = n - i;
		qemu_plugin_register_vcpu_insn_exec_cb(insn, marker_exec,
						       QEMU_PLUGIN_CB_NO_REGS, m);
	}
	g_free(fixed);
}

static void at_exit(qemu_plugin_id_t id, void *udata)
{
	g_autofree char *line = g_strdup_printf(
		"vr4300: kernel=%" PRIu64 " user=%" PRIu64 " icache=%" PRIu64
		" dcache=%" PRIu64 " writeback=%" PRIu64 " uncached_fetch=%" PRIu64
		" uncached_data=%" PRIu64 " mmio=%" PRIu64 "\n", cpu.kernel,
		cpu.all.cycles - cpu.kernel, cpu.icache_miss, cpu.dcache_miss, cpu.writeback,
		cpu.uncached_fetch, cpu.uncached_data, cpu.mmio);

	end_block();
	report("total");
	qemu_plugin_outs(line);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
					   const qemu_info_t *info,
					   int argc, char **argv)
{
	if (info->system_emulation && info->system.smp_vcpus > 1) {
		fprintf(stderr, "vr4300-cost: models one CPU, not %d\n",
			info->system.smp_vcpus);
		return -1;
	}
	if (argc) {
		fprintf(stderr, "vr4300-cost: takes no arguments\n");
		return -1;
	}
	qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
	qemu_plugin_register_atexit_cb(id, at_exit, NULL);
	return 0;
}
