/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for a boot code that is not ours (`make IPL3=`), doing only
 * what the retail contract promises the program (docs/boot.md, "Bring
 * your own boot code"): the boot information at 0x80000300-0x80000318,
 * 1 MiB from ROM 0x1000 at the header's entry address, a jump there.
 * Like retail boot code it leaves the PIF's boot-termination command to
 * the program.  Its RDRAM set-up is the one write -M n64 waits for; a
 * real boot code initialises the chips there.  Caches are not modelled
 * by -M n64, so it does not touch them.
 */
#include "boot_info.inc"
#include "pi_dma.inc"

	.set	noreorder
	.set	noat
	.text
	.globl	foreign
foreign:
	lui	$t0, 0xa470
	li	$t1, 0x14
	sw	$t1, 0x0c($t0)		/* RI_SELECT */

	lui	$t9, 0xa000
	STORE_BOOT_INFO $t9, $t1
	lui	$t2, 0x0080		/* 8 MiB */
	sw	$t2, BOOT_MEM_SIZE($t9)

	lw	$t3, ROM_HDR_ENTRY($t1)
	lui	$t4, 0x0010		/* 1 MiB */
	li	$t5, CART_ROM + ROM_STAGE
	PI_DMA_TO_RAM $t3, $t5, $t4, $t0, $t6
	jr	$t3
	 nop
