/* SPDX-License-Identifier: MIT */
/*
 * A boot code (ROM 0x40) that never sends the PIF its boot-termination
 * command: a strict PIF must halt the machine after 5 s of it.
 */
	.set	noreorder
	.text
	.globl	never_ends
never_ends:
	b	never_ends
	 nop
