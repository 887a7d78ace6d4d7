// SPDX-License-Identifier: MIT
/*
 * The device tests of -M n64 (tests/roms/dev/README.md): a bare-metal
 * payload that the boot menu starts, one test per device, each line on
 * the IS-Viewer console, then the tally.
 */
#include "dev.h"

int main(void)
{
	exc_install();
	test_vi();
	test_pi();
	test_joybus();
	test_eeprom();
	test_ai();
	test_tlb();
	test_fpu();
	check_tally();
	return 0;
}
