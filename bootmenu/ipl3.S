/* SPDX-License-Identifier: MIT */
/*
 * Lin64 boot code: ROM 0x40-0xFFF, run by the PIF (or an emulator's
 * high-level boot) from SP DMEM at 0xA4000040 with s3-s7 holding the boot
 * information.  It records that information where libultra programs find
 * it, loads the boot stage (ROM 0x1000, stage_size bytes from the TOC, or
 * 1 MiB like retail boot code when there is no TOC) to the header's entry
 * address and jumps there.  docs/rom-layout.md describes the contract.
 *
 * It does not initialise RDRAM or talk to the PIF: the hardware boot
 * chain is docs/boot.md's subject.  Everything here is position
 * independent; the code runs from SP DMEM, not from RDRAM.
 */
#include "pi_dma.inc"

#define DCACHE_LINE	16
#define ICACHE_LINE	32
#define HIT_INVALIDATE_I	0x10
#define HIT_INVALIDATE_D	0x11
#define RETAIL_STAGE_SIZE	0x100000

	.set	noreorder
	.set	noat
	.text
	.globl	ipl3
ipl3:
	/* Boot information, through KSEG1 so no cache line holds it. */
	lui	$t0, 0xa000
	sw	$s4, BOOT_TV_TYPE($t0)
	sw	$s3, BOOT_ROM_TYPE($t0)
	lui	$t1, 0xb000
	sw	$t1, BOOT_ROM_BASE($t0)
	sw	$s5, BOOT_RESET_TYPE($t0)
	sw	$s6, BOOT_CIC_SEED($t0)
	sw	$s7, BOOT_VERSION($t0)
	lw	$t2, BOOT_MEM_SIZE($t0)
	bnez	$t2, 1f
	 lui	$t2, 0x0080		/* nobody sized RDRAM: assume 8 MiB */
	sw	$t2, BOOT_MEM_SIZE($t0)
1:
	/* $t3 = load and entry address, $t4 = bytes to load. */
	lw	$t3, ROM_HDR_ENTRY($t1)
	lui	$t4, RETAIL_STAGE_SIZE >> 16
	lw	$t5, ROM_HDR_TOC($t1)
	beqz	$t5, load
	 addu	$t5, $t5, $t1
	lw	$t6, 0($t5)		/* "LIN64TOC" */
	lui	$t7, 0x4c49		/* "LI" */
	ori	$t7, $t7, 0x4e36		/* "N6" */
	bne	$t6, $t7, load
	 lw	$t6, 4($t5)
	lui	$t7, 0x3454		/* "4T" */
	ori	$t7, $t7, 0x4f43		/* "OC" */
	bne	$t6, $t7, load
	 nop
	lw	$t4, TOC_STAGE_SIZE_FIELD($t5)
	addiu	$t4, $t4, 7		/* whole 8-byte DMA units */
	li	$t6, ~7
	and	$t4, $t4, $t6

load:
	li	$t5, CART_ROM + ROM_STAGE
	PI_DMA_TO_RAM $t3, $t5, $t4, $t0, $t6

	/* The DMA went around the caches: drop what they hold of it. */
	move	$t6, $t3
	addu	$t7, $t3, $t4
4:	cache	HIT_INVALIDATE_D, 0($t6)
	addiu	$t6, $t6, DCACHE_LINE
	sltu	$at, $t6, $t7
	bnez	$at, 4b
	 nop
	move	$t6, $t3
5:	cache	HIT_INVALIDATE_I, 0($t6)
	addiu	$t6, $t6, ICACHE_LINE
	sltu	$at, $t6, $t7
	bnez	$at, 5b
	 nop

	jr	$t3
	 nop
