/* SPDX-License-Identifier: MIT */
/*
 * A boot code (ROM 0x40) for tests/system/boot-strict-qemu.sh that checks
 * the strict PIF's RDRAM gate: before the RI is set up, a word written to
 * RDRAM must not read back; after RI_SELECT is written it must.  It prints
 * one IS-Viewer line for each, ends the boot and stops.
 */
#include "n64.h"

#define RI_SELECT_HI	0xa470
#define RI_SELECT_LO	0x000c
#define TEST_OFFSET	0x100
#define TEST_WORD	0x4c363421

	.set	noreorder
	.set	noat
	.text
	.globl	rdram_gate
rdram_gate:
	lui	$s0, 0xa000
	bal	probe
	 nop
	la	$a0, silent_before
	bnez	$v0, 1f
	 nop
	la	$a0, answered_before
1:	bal	print
	 nop

	lui	$t0, RI_SELECT_HI
	li	$t1, 0x14
	sw	$t1, RI_SELECT_LO($t0)
	bal	probe
	 nop
	la	$a0, answers_after
	beqz	$v0, 2f
	 nop
	la	$a0, silent_after
2:	bal	print
	 nop

	lui	$t0, 0xbfc0		/* end the boot: PIF RAM's last word */
	lw	$t1, 0x7fc($t0)
	ori	$t1, $t1, PIF_END_BOOT
	sw	$t1, 0x7fc($t0)
3:	b	3b
	 nop

/* $v0 = 0 when the test word reads back from RDRAM, else 1. */
probe:
	li	$t1, TEST_WORD
	sw	$t1, TEST_OFFSET($s0)
	lw	$t2, TEST_OFFSET($s0)
	xor	$v0, $t2, $t1
	jr	$ra
	 sltu	$v0, $zero, $v0

/*
 * Print the counted string at $a0 (a length word, then whole words): each
 * write to the cartridge bus waits for the PI to finish the one before.
 */
print:
	move	$t7, $ra
	lw	$t0, 0($a0)
	lui	$t1, 0xb3ff		/* the IS-Viewer, cart 0x13FF0000 */
	lui	$t5, 0xa460		/* PI_STATUS at +0x10 */
	move	$t2, $zero
4:	addu	$t3, $a0, $t2
	lw	$t4, 4($t3)
	addu	$t3, $t1, $t2
	bal	pi_idle
	 nop
	sw	$t4, 0x20($t3)
	addiu	$t2, $t2, 4
	sltu	$at, $t2, $t0
	bnez	$at, 4b
	 nop
	bal	pi_idle
	 nop
	sw	$t0, 0x14($t1)
	jr	$t7
	 nop

pi_idle:
	lw	$t6, 0x10($t5)
	andi	$t6, $t6, PI_STATUS_DMA_BUSY | PI_STATUS_IO_BUSY
	bnez	$t6, pi_idle
	 nop
	jr	$ra
	 nop

.macro MESSAGE name, text
	.balign	4
\name:	.word	9f - 8f
8:	.ascii	"\text\n"
9:	.balign	4
.endm
	MESSAGE silent_before, "rdram-gate: silent before the RI"
	MESSAGE answered_before, "rdram-gate: answered before the RI"
	MESSAGE answers_after, "rdram-gate: answers after the RI"
	MESSAGE silent_after, "rdram-gate: silent after the RI"
