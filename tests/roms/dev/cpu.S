/* SPDX-License-Identifier: MIT */
/*
 * The CPU side of the device tests: exception vectors that record what
 * the VR4300 reports and step over the instruction that raised it, the
 * accesses and FPU operations the tests make fault, and CP0/CP1 access.
 * Each move to or from CP0/CP1 is followed by nops for its hazards.
 */
	.set	noreorder
	.set	noat
	.text

/* Copied to 0x80000000 (TLB refill) and 0x80000180 (everything else). */
	.globl	exc_stub_refill
	.globl	exc_stub_general
exc_stub_refill:
	j	exc_common
	 li	$k0, 0x000
exc_stub_general:
	j	exc_common
	 li	$k0, 0x180

/* Fills exc_seen (dev.h); clears FCR31's cause bits so eret cannot re-raise. */
	.macro	SAVE_CP0 reg, offset
	mfc0	$k0, \reg
	nop
	sw	$k0, \offset($k1)
	.endm
exc_common:
	la	$k1, exc_seen
	sw	$k0, 0($k1)
	SAVE_CP0 $13, 4				/* Cause */
	SAVE_CP0 $14, 8				/* EPC */
	SAVE_CP0 $8, 12				/* BadVAddr */
	SAVE_CP0 $10, 16			/* EntryHi */
	SAVE_CP0 $4, 20				/* Context */
	lw	$k0, 24($k1)
	nop
	addiu	$k0, $k0, 1
	sw	$k0, 24($k1)
	cfc1	$k0, $31
	nop
	sw	$k0, 28($k1)
	lui	$k1, 0xfffc			/* ~0x0003f000: the cause bits */
	ori	$k1, $k1, 0x0fff
	and	$k0, $k0, $k1
	ctc1	$k0, $31
	nop
	mfc0	$k0, $14
	nop
	addiu	$k0, $k0, 4			/* never in a delay slot here */
	mtc0	$k0, $14
	nop
	nop
	eret

/* uint32_t probe_lw(addr, if_fault): the word at addr, or if_fault. */
	.globl	probe_lw
	.globl	probe_lw_insn
probe_lw:
	move	$v0, $a1
probe_lw_insn:
	lw	$v0, 0($a0)
	jr	$ra
	 nop

/* void probe_sw(addr, value) */
	.globl	probe_sw
	.globl	probe_sw_insn
probe_sw:
probe_sw_insn:
	sw	$a1, 0($a0)
	jr	$ra
	 nop

/* uint32_t NAME(a, b, if_trap): single-precision a OP b, or if_trap. */
	.macro	FPU_OP name, op
	.globl	\name
\name:
	mtc1	$a0, $f0
	mtc1	$a1, $f2
	mtc1	$a2, $f4
	nop
	\op	$f4, $f0, $f2
	mfc1	$v0, $f4
	jr	$ra
	 nop
	.endm
	FPU_OP	fpu_add_s, add.s
	FPU_OP	fpu_mul_s, mul.s

	.globl	fcr31_read
fcr31_read:
	cfc1	$v0, $31
	jr	$ra
	 nop

	.globl	fcr31_write
fcr31_write:
	ctc1	$a0, $31
	jr	$ra
	 nop

/* void tlb_write(index, entryhi, lo0, lo1), 4 KiB pages */
	.globl	tlb_write
tlb_write:
	mtc0	$a0, $0				/* Index */
	mtc0	$zero, $5			/* PageMask */
	mtc0	$a1, $10
	mtc0	$a2, $2
	mtc0	$a3, $3
	nop
	tlbwi
	nop
	nop
	jr	$ra
	 nop

	.macro	CP0_SET name, reg
	.globl	\name
\name:
	mtc0	$a0, \reg
	nop
	jr	$ra
	 nop
	.endm
	CP0_SET	cp0_set_entryhi, $10
	CP0_SET	cp0_set_context, $4
	CP0_SET	cp0_set_status, $12

	.macro	CP0_GET name, reg
	.globl	\name
\name:
	mfc0	$v0, \reg
	jr	$ra
	 nop
	.endm
	CP0_GET	cp0_count, $9
	CP0_GET	cp0_cause, $13
