/* SPDX-License-Identifier: MIT */
/*
 * Lin64 boot code: ROM 0x40-0xFFF, run by the PIF (or an emulator's
 * high-level boot) from SP DMEM at 0xA4000040 with s3-s7 holding the boot
 * information.  In order (docs/boot.md, "Our boot code", says why):
 *   1. ends the PIF's boot, which otherwise halts the CPU after 5 s;
 *   2. invalidates every cache line: at power-on the tags are random;
 *   3. on a cold boot, sets up the RDRAM interface and the RDRAM chips
 *      and counts them; after a reset (RDRAM already running) keeps what
 *      the first boot found;
 *   4. stores the boot information and the RDRAM size where libultra
 *      programs find them (0x80000300-0x80000318);
 *   5. loads the boot stage (ROM 0x1000, stage_size bytes from the TOC,
 *      or 1 MiB like retail boot code when there is no TOC) to the
 *      header's entry address and jumps there.
 * Everything runs uncached from DMEM and touches RDRAM only after step 3.
 */
#include "boot_info.inc"
#include "pi_dma.inc"

#define DCACHE_SIZE	0x2000
#define DCACHE_LINE	16
#define ICACHE_SIZE	0x4000
#define ICACHE_LINE	32
#define INDEX_STORE_TAG_I	0x08
#define INDEX_STORE_TAG_D	0x09
#define HIT_INVALIDATE_I	0x10
#define HIT_INVALIDATE_D	0x11
#define CP0_TAGLO	$28
#define CP0_TAGHI	$29
#define RETAIL_STAGE_SIZE	0x100000

/* SI and MI registers (upper halves are KSEG1 addresses) */
#define SI_STATUS_HI	0xa480
#define SI_STATUS_LO	0x0018
#define  SI_STATUS_BUSY	0x3
#define PIF_CTRL_HI	0xbfc0		/* PIF_RAM_CTRL through KSEG1 */
#define PIF_CTRL_LO	0x07fc
#define MI_MODE_HI	0xa430
#define  MI_SET_INIT_16	0x10f		/* repeat the next write over 16 bytes */
#define  MI_CLR_INIT	0x080

/* RDRAM interface (n64brew "RDRAM Interface") */
#define RI_HI		0xa470
#define RI_MODE		0x00
#define RI_CONFIG	0x04
#define RI_CURRENT_LOAD	0x08
#define RI_SELECT	0x0c
#define RI_REFRESH	0x10
#define  RI_CONFIG_AUTO_CC	0x40	/* automatic current calibration */
#define  RI_SELECT_TX_RX	0x14	/* transmit and receive timing */
#define  RI_MODE_RESET	0x00
#define  RI_MODE_STANDBY	0x0e	/* standby, stop T and R clocks when idle */
/* Refresh: clean 52, dirty 54 cycles, enable, optimise; bit 19 up: chips */
#define  RI_REFRESH_BASE	0x00063634
#define  RI_REFRESH_CHIPS_SHIFT	19

/*
 * RDRAM chips' registers: one 0x400-byte block per chip ID, all chips at
 * once from 0x03F80000.  A 2 MiB chip holds two 1 MiB IDs; chip k (from 0)
 * gets ID 2k, so its memory starts at 2k MiB.  DeviceID's ID bits 5:0 sit
 * at bits 31:26 of the word the CPU writes.
 */
#define RDRAM_REGS_HI	0xa3f0
#define RDRAM_BCAST_HI	0xa3f8
#define RDRAM_DEVICE_ID	0x04
#define RDRAM_DELAY	0x08
#define RDRAM_MODE	0x0c
#define RDRAM_REF_ROW	0x14
/* ID 32's block (0x03F08000), where unset chips wait: lui + negative offset */
#define RDRAM_PARK_HI	0xa3f1
#define RDRAM_PARK_OFF	(-0x8000)
#define  RDRAM_ID_PARK_RAW	0x8000	/* ID 32, upper half */
#define  RDRAM_ID_STEP_RAW	0x0800	/* +2 IDs, upper half */
#define  RDRAM_REGS_STEP	0x0800	/* +2 IDs' register blocks */
/* Read, write, ack and ack-window delays as the chips receive them */
#define  RDRAM_DELAY_VALUE	0x18082838
/*
 * Mode: automatic current control, its x2 range, auto-skip and device
 * enable, and the current-control start value, stored inverted and spread
 * over bits 6/14/22 (CC bits 0-2) and 7/15/23 (CC bits 3-5).  Retail boot
 * code first sweeps the value by hand and averages four sweeps; we start
 * the chip's own calibration from the middle of the range instead.
 */
#define RDRAM_CC_START	0x20
#define CC_INV		(RDRAM_CC_START ^ 0x3f)
#define CC_BITS		(((CC_INV >> 0) & 1) << 6 | ((CC_INV >> 1) & 1) << 14 | \
			 ((CC_INV >> 2) & 1) << 22 | ((CC_INV >> 3) & 1) << 7 | \
			 ((CC_INV >> 4) & 1) << 15 | ((CC_INV >> 5) & 1) << 23)
#define RDRAM_MODE_RUN	(0xc6000000 | CC_BITS)
#define RDRAM_MAX_CHIPS	4		/* 8 MiB: the RI's limit */
#define RDRAM_CHIP_SIZE_HI	0x0020	/* 2 MiB, upper half */
#define RDRAM_TEST_WORD	0x4c363401	/* "L64" and the chip number */

/* Wait about \n loop turns (each some tens of cycles from DMEM). */
.macro DELAY n, tmp
	li	\tmp, \n
7:	bnez	\tmp, 7b
	 addiu	\tmp, \tmp, -1
.endm

	.set	noreorder
	.set	noat
	.text
	.globl	ipl3
ipl3:
	/* 1. End the boot: bit 3 of PIF RAM's last byte, once the SI is idle. */
	lui	$t0, SI_STATUS_HI
1:	lw	$t1, SI_STATUS_LO($t0)
	andi	$t1, $t1, SI_STATUS_BUSY
	bnez	$t1, 1b
	 lui	$t0, PIF_CTRL_HI
	lw	$t1, PIF_CTRL_LO($t0)
	ori	$t1, $t1, PIF_END_BOOT
	sw	$t1, PIF_CTRL_LO($t0)

	/* 2. Invalidate every I- and D-cache line by index: zero tags. */
	mtc0	$zero, CP0_TAGLO
	mtc0	$zero, CP0_TAGHI
	lui	$t0, 0x8000
	ori	$t1, $t0, ICACHE_SIZE
2:	addiu	$t0, $t0, ICACHE_LINE
	bne	$t0, $t1, 2b
	 cache	INDEX_STORE_TAG_I, -ICACHE_LINE($t0)
	lui	$t0, 0x8000
	ori	$t1, $t0, DCACHE_SIZE
3:	addiu	$t0, $t0, DCACHE_LINE
	bne	$t0, $t1, 3b
	 cache	INDEX_STORE_TAG_D, -DCACHE_LINE($t0)

	/*
	 * 3. RDRAM.  RI_SELECT reads 0 only at power-on: after a reset the
	 * chips keep running and their size is already at 0x318.
	 */
	lui	$t9, 0xa000		/* $t9: KSEG1 view of RDRAM */
	move	$a3, $zero		/* $a3: 1 once the chips are set up here */
	lui	$t0, RI_HI
	lw	$t1, RI_SELECT($t0)
	beqz	$t1, cold
	 nop
	lw	$t2, BOOT_MEM_SIZE($t9)
	bnez	$t2, boot_info		/* a reset: keep the first boot's size */
	 nop
	b	count_chips		/* an emulator's boot: just count */
	 nop

cold:	li	$t1, RI_CONFIG_AUTO_CC
	sw	$t1, RI_CONFIG($t0)
	DELAY	0x2000, $t1		/* let the RAC calibrate its current */
	sw	$zero, RI_CURRENT_LOAD($t0)
	li	$t1, RI_SELECT_TX_RX
	sw	$t1, RI_SELECT($t0)
	sw	$zero, RI_MODE($t0)	/* reset the chips: all ID 0, off */
	DELAY	0x100, $t1
	li	$t1, RI_MODE_STANDBY
	sw	$t1, RI_MODE($t0)
	DELAY	0x100, $t1

	/* Every chip: the delays (one repeated 16-byte write), row 0, ID 32. */
	lui	$t3, MI_MODE_HI
	li	$t1, MI_SET_INIT_16
	sw	$t1, 0($t3)
	lui	$t4, RDRAM_BCAST_HI
	li	$t1, RDRAM_DELAY_VALUE
	sw	$t1, RDRAM_DELAY($t4)
	li	$t1, MI_CLR_INIT
	sw	$t1, 0($t3)
	sw	$zero, RDRAM_REF_ROW($t4)
	lui	$t1, RDRAM_ID_PARK_RAW
	sw	$t1, RDRAM_DEVICE_ID($t4)
	li	$a3, 1			/* set each chip up as it is found */

	/*
	 * Count the chips.  Chips answer in the order of their daisy chain:
	 * the first one still at ID 32 takes the next ID.  A chip counts
	 * when its first word keeps what is written and chip 0's first word
	 * is not overwritten by it (no alias).  $t5 = chips, $t6 = the next
	 * chip's ID word, $t7 = its register block, $t8 = its memory.
	 */
count_chips:
	move	$t5, $zero
	move	$t6, $zero
	lui	$t7, RDRAM_REGS_HI
	move	$t8, $t9
	li	$t4, RDRAM_TEST_WORD
4:	beqz	$a3, 5f
	 lui	$t1, RDRAM_PARK_HI
	sw	$t6, RDRAM_PARK_OFF + RDRAM_DEVICE_ID($t1)
	li	$t1, RDRAM_MODE_RUN
	sw	$t1, RDRAM_MODE($t7)
5:	addu	$t1, $t4, $t5		/* the test word, + chip number */
	sw	$t1, 0($t8)
	not	$t2, $t1
	sw	$t2, 4($t8)		/* so the bus does not echo the word */
	lw	$t2, 0($t8)
	bne	$t2, $t1, 6f
	 lw	$t2, 0($t9)
	bne	$t2, $t4, 6f		/* chip 0 lost its word: an alias */
	 lui	$t1, RDRAM_ID_STEP_RAW
	addiu	$t5, $t5, 1
	addu	$t6, $t6, $t1
	addiu	$t7, $t7, RDRAM_REGS_STEP
	lui	$t1, RDRAM_CHIP_SIZE_HI
	sltiu	$at, $t5, RDRAM_MAX_CHIPS
	bnez	$at, 4b
	 addu	$t8, $t8, $t1

	/* Refresh every chip found; one read lets the write land. */
6:	li	$t1, 1
	sllv	$t1, $t1, $t5
	addiu	$t1, $t1, -1
	sll	$t1, $t1, RI_REFRESH_CHIPS_SHIFT
	li	$t2, RI_REFRESH_BASE
	or	$t1, $t1, $t2
	beqz	$a3, 7f
	 lui	$t0, RI_HI
	sw	$t1, RI_REFRESH($t0)
	lw	$zero, RI_REFRESH($t0)
7:	sll	$t2, $t5, 21		/* 2 MiB a chip */
	sw	$t2, BOOT_MEM_SIZE($t9)

	/* 4. Boot information, through KSEG1 so no cache line holds it. */
boot_info:
	STORE_BOOT_INFO $t9, $t1

	/*
	 * The set-up ends with one Mode write to every chip, as retail boot
	 * code ends it, with the RAM size in s4 by then (the TV type is
	 * stored): mupen64plus's RDRAM model waits for that write to leave
	 * its calibration mode, and checks s4 against its RAM.
	 */
	beqz	$a3, 8f
	 lui	$t4, RDRAM_BCAST_HI
	move	$s4, $t2
	li	$t6, RDRAM_MODE_RUN
	sw	$t6, RDRAM_MODE($t4)
8:

	/* 5. $t3 = load and entry address, $t4 = bytes to load. */
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
