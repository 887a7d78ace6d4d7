/* SPDX-License-Identifier: MIT */
/*
 * boot: reading the table of contents from the cartridge and starting
 * what an entry describes.  The hand-off to Linux is the contract in
 * docs/boot-handoff.md.
 */
#ifndef LIN64_BOOT_H
#define LIN64_BOOT_H

#include <stdint.h>

#include "toc.h"

/* What the boot code left in low RAM (n64.h, BOOT_*). */
struct boot_info {
	uint32_t tv_type;
	uint32_t reset_type;
	uint32_t cic_seed;
	uint32_t mem_size;
};

void boot_info_read(struct boot_info *info);

/*
 * Read and validate the TOC from the ROM.  Returns TOC_OK or a TOC_ERR_*
 * code; on TOC_ERR_CHECKSUM toc->crc_expected/crc_got say what differed.
 */
int boot_toc_read(struct toc *toc);

/*
 * Why a launch did not happen.  Each has a stable name for the console
 * line "bootmenu: error NAME ..." (boot_errname()).
 */
enum boot_error {
	BOOT_ERR_NEEDS_8MB = 1,	/* Linux needs the Expansion Pak */
	BOOT_ERR_NO_FIT,	/* a part does not fit in this machine's RAM */
	BOOT_ERR_PART_CRC,	/* a loaded part does not match its CRC */
	BOOT_ERR_CMDLINE,	/* the command line does not fit */
	BOOT_ERR_KIND,		/* the entry is not something to launch */
};

const char *boot_errname(int err);

/*
 * Load what entry @index needs and jump to it.  Returns only on failure,
 * with a BOOT_ERR_* code, before anything in RAM was overwritten that
 * the menu needs.
 */
int boot_launch(const struct toc *toc, uint32_t index,
		const struct boot_info *info);

#endif
