/* SPDX-License-Identifier: MIT */
/*
 * The last step of starting a bare-metal payload, which usually wants the
 * memory the menu runs from (libdragon programs load at 0x80000400).  The
 * menu copies this code to SP IMEM and jumps to it; from there it DMAs the
 * payload over the menu, clears its bss and enters it.  Position
 * independent, no stack, no data: only registers and the PI.
 *
 * Called as trampoline(load, rom_offset, rom_bytes, mem_bytes, entry) with
 * the o32 convention: a0-a3, and the fifth argument at 16($sp), read
 * before anything is overwritten.
 */
#include "pi_dma.inc"

#define HIT_INVALIDATE_I	0x10
#define HIT_INVALIDATE_D	0x11

	.set	noreorder
	.set	noat
	.text
	.globl	trampoline
	.globl	trampoline_end
trampoline:
	lw	$t0, 16($sp)			/* entry */

	/* Drop every cache line of the range: the menu's own dirty lines
	 * there would otherwise be written back over the payload. */
	move	$t1, $a0
	addu	$t2, $a0, $a3
1:	cache	HIT_INVALIDATE_D, 0($t1)
	cache	HIT_INVALIDATE_I, 0($t1)
	addiu	$t1, $t1, 16
	sltu	$at, $t1, $t2
	bnez	$at, 1b
	 nop

	lui	$t5, CART_ROM >> 16
	addu	$t5, $t5, $a1			/* cart address */
	addiu	$t6, $a2, 7			/* whole 8-byte units */
	li	$t4, ~7
	and	$t6, $t6, $t4
	PI_DMA_TO_RAM $a0, $t5, $t6, $t3, $t4

	/* bss, through KSEG1 so that no cache line holds it. */
	lui	$t4, 0x2000
	or	$t1, $a0, $t4			/* KSEG0 -> KSEG1 */
	addu	$t2, $t1, $a3
	addu	$t1, $t1, $a2
4:	sltu	$at, $t1, $t2
	beqz	$at, 5f
	 nop
	sb	$zero, 0($t1)
	b	4b
	 addiu	$t1, $t1, 1

5:	jr	$t0
	 nop
trampoline_end:
