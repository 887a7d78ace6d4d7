// SPDX-License-Identifier: MIT
/*
 * A bare-metal payload for the boot menu's tests: it says where it runs
 * and that its bss is clear, then waits.  It is linked where libdragon
 * programs load, 0x80000400, on top of the menu that starts it.
 */
#include <stdint.h>

#include "console.h"

static uint32_t zero_if_bss_cleared[64];

int main(void)
{
	uint32_t i, sum = 0;

	for (i = 0; i < 64; i++)
		sum |= zero_if_bss_cleared[i];
	console_str("payload: hello from ");
	console_hex((uint32_t)&main);
	console_str(sum ? " bss=dirty" : " bss=clear");
	console_end();
	return 0;
}
