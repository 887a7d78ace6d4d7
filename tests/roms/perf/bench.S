/* SPDX-License-Identifier: MIT */
/*
 * Micro-benchmarks for the VR4300 cost model (emu/plugins/vr4300-cost.c):
 * each runs between two markers (`ori $zero, $zero, N`), and its cycle
 * count follows from the instructions by construction; the counts each
 * should give are in tests/system/perf-qemu.sh.  Everything runs from
 * KSEG0, cached.
 */
#define MARK(n)		ori	$zero, $zero, n
#define LOOPS		1000
#define BIG_BUFFER	0x8000		/* 32 KiB: four times the D-cache */
#define SMALL_BUFFER	0x1000		/* 4 KiB: half of it */
#define DCACHE_LINE	16

	.set	noreorder
	.set	noat
	.text

/* Six independent ALU operations, then the count and the branch back to 1. */
.macro LOOP_TAIL
	addu	$t2, $t2, $a0
	addu	$t3, $t3, $a0
	addu	$t4, $t4, $a0
	addu	$t5, $t5, $a0
	addu	$t6, $t6, $a0
	addu	$t7, $t7, $a0
	addiu	$t9, $t9, -1
	bnez	$t9, 1b
	 nop
.endm

/* Markers 1-2: 8 independent ALU operations, the count, the branch, its
 * delay slot: 11 instructions an iteration, no stall. */
	.globl	bench_alu
bench_alu:
	li	$t9, LOOPS
	MARK(1)
1:	addu	$t0, $t0, $a0
	addu	$t1, $t1, $a0
	LOOP_TAIL
	MARK(2)
	jr	$ra
	 nop

/* Markers 3-4: the same 11 instructions with a load whose result the
 * next one reads: one load interlock an iteration. */
	.globl	bench_load_use
bench_load_use:
	la	$a1, one_word
	li	$t9, LOOPS
	MARK(3)
1:	lw	$t0, 0($a1)
	addu	$t1, $t1, $t0
	LOOP_TAIL
	MARK(4)
	jr	$ra
	 nop

/*
 * Walk the first $a0 bytes of the buffer, one load per 16-byte line, the
 * loaded value unused: 5 instructions a line.  One copy of the code, so
 * its second run hits the I-cache.
 */
walk:
	la	$a1, buffer
	srl	$t9, $a0, 4
1:	lw	$t0, 0($a1)
	addiu	$a1, $a1, DCACHE_LINE
	addiu	$t9, $t9, -1
	bnez	$t9, 1b
	 nop
	jr	$ra
	 nop

/* Markers 5-6: the whole 32 KiB buffer after a pass over it: the cache
 * holds its last 8 KiB, clean, so every line misses, nothing is written back. */
	.globl	bench_dcache_miss
bench_dcache_miss:
	move	$t8, $ra
	li	$a0, BIG_BUFFER
	bal	walk
	 nop
	MARK(5)
	bal	walk
	 nop
	MARK(6)
	jr	$t8
	 nop

/* Markers 7-8: 4 KiB, after a pass over it: every line hits. */
	.globl	bench_dcache_hit
bench_dcache_hit:
	move	$t8, $ra
	li	$a0, SMALL_BUFFER
	bal	walk
	 nop
	MARK(7)
	bal	walk
	 nop
	MARK(8)
	jr	$t8
	 nop

/* Markers 9-10: DIV, MFLO, the count, the branch, its delay slot. */
	.globl	bench_div
bench_div:
	li	$t0, 1000000
	li	$t1, 7
	li	$t9, LOOPS
	MARK(9)
1:	div	$zero, $t0, $t1
	mflo	$t2
	addiu	$t9, $t9, -1
	bnez	$t9, 1b
	 nop
	MARK(10)
	jr	$ra
	 nop

/* Markers 11-12: 32 KiB of straight-line code, twice the I-cache, run a
 * second time: every 32-byte line misses again. */
	.globl	bench_icache
bench_icache:
	move	$t8, $ra
	bal	straight_line
	 nop
	MARK(11)
	bal	straight_line
	 nop
	MARK(12)
	jr	$t8
	 nop

straight_line:
	.rept	0x2000 - 2
	nop
	.endr
	jr	$ra
	 nop

	.data
	.balign	4
one_word:
	.word	1

	.bss
	.balign	DCACHE_LINE
buffer:
	.space	BIG_BUFFER
