/* SPDX-License-Identifier: MIT */
/*
 * Entry of the boot stage.  The boot code (ours or any retail-style one)
 * jumps here, to the first byte of the image, with nothing set up: give C
 * a stack below the kernel's load address, clear .bss, run main().
 */
	.set	noreorder
	.section .text.start, "ax"
	.globl	_start
_start:
	la	$sp, __stack_top
	la	$t0, __bss_start
	la	$t1, __bss_end
1:	beq	$t0, $t1, 2f
	 nop
	sw	$zero, 0($t0)
	b	1b
	 addiu	$t0, $t0, 4
2:	jal	main
	 nop
3:	b	3b
	 nop
