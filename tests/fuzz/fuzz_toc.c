// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for the table-of-contents parser: whatever bytes the
 * cartridge holds, toc_parse() must say yes or no without reading outside
 * the buffer, and an accepted table must decode without surprises.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../bootmenu/toc.h"

#define ROM_SIZE	0x2000000u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct toc toc;
	struct toc_part part;
	struct toc_entry entry;
	uint32_t i;

	if (size > TOC_MAX_SIZE)
		return 0;
	if (toc_parse(&toc, data, (uint32_t)size, ROM_SIZE) != TOC_OK)
		return 0;

	/* Everything an accepted table promises, the menu will rely on. */
	for (i = 0; i < toc.part_count; i++) {
		toc_get_part(&toc, i, &part);
		if (part.rom_offset + part.size > ROM_SIZE || strlen(part.name) > size)
			__builtin_trap();
	}
	for (i = 0; i < toc.entry_count; i++) {
		toc_get_entry(&toc, i, &entry);
		if (strlen(entry.title) + strlen(entry.cmdline) > size)
			__builtin_trap();
	}
	return 0;
}
