/* SPDX-License-Identifier: MIT */
/*
 * main.c - ipl3sum: which CIC would let this boot code run?
 *
 *     ipl3sum FILE
 *
 * FILE is a big-endian ROM (.z64) or a raw 4032-byte boot code.  Prints,
 * for each known CIC, the boot code's checksum with that CIC's seed and
 * PASS or fail.  Exits 0 when some CIC passes, 1 when none does and 2 on
 * bad usage or a file that holds no boot code.
 */
#include <stdio.h>
#include <string.h>

#include "ipl3sum.h"

static int usage(FILE *f)
{
	fputs("usage: ipl3sum FILE\n"
	      "  FILE  an N64 ROM (big-endian .z64) or a raw 4032-byte boot code\n"
	      "Prints the PIF checksum of the boot code (ROM 0x40-0xFFF) for each\n"
	      "CIC and whether it passes; exit status 0 if any passes, 1 if none,\n"
	      "2 on bad input.  docs/boot.md, \"Signing the boot code\", explains.\n",
	      f);
	return 2;
}

int main(int argc, char **argv)
{
	uint8_t boot[IPL3SUM_BOOT_SIZE];
	enum ipl3sum_input kind;
	char why[256];
	int passed = 0;
	size_t i;

	if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		usage(stdout);
		return 0;
	}
	if (argc != 2 || (argv[1][0] == '-' && argv[1][1]))
		return usage(stderr);
	if (ipl3sum_load(argv[1], boot, &kind, why, sizeof(why))) {
		fprintf(stderr, "ipl3sum: %s: %s\n", argv[1], why);
		return 2;
	}
	printf("%s: %s\n", argv[1], kind == IPL3SUM_INPUT_ROM ?
	       "ROM, boot code at 0x40-0xFFF" : "raw boot code, 4032 bytes");
	for (i = 0; i < ipl3sum_cic_count; i++) {
		const struct ipl3sum_cic *c = &ipl3sum_cics[i];
		uint64_t sum = ipl3sum_checksum(boot, c->seed);
		int ok = sum == c->checksum;

		printf("CIC %-9s seed 0x%02X checksum 0x%012llX expected"
		       " 0x%012llX %s\n", c->name, c->seed,
		       (unsigned long long)sum,
		       (unsigned long long)c->checksum, ok ? "PASS" : "fail");
		passed |= ok;
	}
	return passed ? 0 : 1;
}
