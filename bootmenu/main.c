// SPDX-License-Identifier: MIT
/*
 * The boot stage: reads the table of contents and starts the default
 * entry.  (The interactive menu builds on this.)
 */
#include "boot.h"
#include "console.h"

static void report_toc_error(const struct toc *toc, int err)
{
	console_str("bootmenu: error ");
	console_str(toc_errname(err));
	if (err == TOC_ERR_CHECKSUM) {
		console_str(" expected=");
		console_hex(toc->crc_expected);
		console_str(" got=");
		console_hex(toc->crc_got);
	}
	console_str(" (");
	console_str(toc_strerror(err));
	console_str("; rebuild the ROM with mkrom)");
	console_end();
}

static void report_boot_error(int err, const struct boot_info *info)
{
	console_str("bootmenu: error ");
	console_str(boot_errname(err));
	console_str(" mem_kb=");
	console_dec(info->mem_size / 1024);
	console_end();
}

int main(void)
{
	struct boot_info info;
	struct toc toc;
	int err, index;

	boot_info_read(&info);
	err = boot_toc_read(&toc);
	if (err) {
		report_toc_error(&toc, err);
		return 1;
	}
	index = toc_find_default(&toc);
	if (index < 0) {
		console_str("bootmenu: error no-entries");
		console_end();
		return 1;
	}
	err = boot_launch(&toc, index, &info);
	report_boot_error(err, &info);
	return 1;
}
