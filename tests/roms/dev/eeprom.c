// SPDX-License-Identifier: MIT
/*
 * EEPROM 4K on the cart channel: a block written with command 0x05 reads
 * back with 0x04, and a neighbour's write leaves it alone.  The block's
 * state before the write goes on the console ("eeprom: block ... blank"
 * or "found"): tests/system/devices-qemu.sh runs the ROM twice on one
 * file and expects blank (0xff, a fresh chip), then found.
 */
#include "console.h"
#include "dev.h"
#include "eeprom.h"

#define BLOCK			40	/* not the menu's (block 0) */

static const uint8_t pattern[EEPROM_BLOCK_BYTES] = {
	0x4c, 0x69, 0x6e, 0x36, 0x34, 0x00, 0xa5, 0x5a
};

/* How many of the 8 bytes differ from @want (8 when nothing answers). */
static uint32_t differs(uint8_t block_no, const uint8_t *want)
{
	uint8_t got[EEPROM_BLOCK_BYTES];
	uint32_t bad = 0;
	int i;

	if (eeprom_read(block_no, got))
		return EEPROM_BLOCK_BYTES;
	for (i = 0; i < EEPROM_BLOCK_BYTES; i++)
		bad += got[i] != want[i];
	return bad;
}

void test_eeprom(void)
{
	static const uint8_t blank[EEPROM_BLOCK_BYTES] = {
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
	};
	static const uint8_t other[EEPROM_BLOCK_BYTES] = { 1, 2, 3, 4, 5, 6, 7, 8 };

	check("eeprom: present", eeprom_present(), 1);
	console_str("eeprom: block 40 ");
	console_str(!differs(BLOCK, pattern) ? "found" :
		    !differs(BLOCK, blank) ? "blank" : "other");
	console_end();
	check("eeprom: write answers", eeprom_write(BLOCK, pattern), 0);
	check("eeprom: read back what was written", differs(BLOCK, pattern), 0);
	eeprom_write(BLOCK + 1, other);
	check("eeprom: the next block's write leaves it",
	      differs(BLOCK, pattern) | differs(BLOCK + 1, other), 0);
}
