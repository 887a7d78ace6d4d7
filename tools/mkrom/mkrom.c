/* SPDX-License-Identifier: MIT */
/*
 * mkrom.c - build a Lin64 N64 ROM from a manifest.
 *
 *     mkrom [-o OUT.z64] [--ipl3 FILE] [--build-id STR] MANIFEST
 *
 * On success prints "rom: OUT size=N toc=0xOFF parts=N entries=N" and
 * then whether the boot code would pass a console's CIC check,
 * "rom: boot code passes CIC 6102" or "rom: boot code is unsigned:
 * emulators only" (docs/boot.md), and exits 0; on any error prints
 * "mkrom: ..." on stderr, exits 1 and leaves no output file behind.  The
 * work is done in the library (mkrom.h).
 */
#include <stdio.h>
#include <string.h>

#include "../../bootmenu/toc.h"
#include "../cli.h"
#include "../ipl3sum/ipl3sum.h"
#include "mkrom.h"

#define DEFAULT_OUTPUT "lin64.z64"

static int usage(void)
{
	fputs("usage: mkrom [-o OUT.z64] [--ipl3 FILE] [--build-id STR]"
	      " MANIFEST\n"
	      "  -o OUT          ROM to write (default " DEFAULT_OUTPUT ")\n"
	      "  --ipl3 FILE     boot code for ROM 0x40-0xFFF (default zeros)\n"
	      "  --build-id STR  up to 24 bytes stored in the TOC\n"
	      "The manifest format is described in docs/rom-layout.md.\n",
	      stderr);
	return 1;
}

/*
 * A real console runs the ROM only if the PIF's checksum of the boot code
 * matches what the cartridge's CIC expects; emulators and flash carts
 * that boot at a high level do not check.  Say which case this ROM is in.
 */
static void report_signature(const uint8_t *boot)
{
	const struct ipl3sum_cic *cic = ipl3sum_identify(boot);

	if (cic)
		printf("rom: boot code passes CIC %u\n", cic->number);
	else
		printf("rom: boot code is unsigned: emulators only\n");
}

int main(int argc, char **argv)
{
	struct mkrom_options opt = { .output = DEFAULT_OUTPUT };
	struct mkrom_error err;
	struct mkrom_rom rom;
	const char *v;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage();
			return 0;
		} else if ((v = cli_option_value(argc, argv, &i, "-o"))) {
			opt.output = v;
		} else if ((v = cli_option_value(argc, argv, &i, "--ipl3"))) {
			opt.ipl3 = v;
		} else if ((v = cli_option_value(argc, argv, &i, "--build-id"))) {
			opt.build_id = v;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			fprintf(stderr, "mkrom: unknown option or missing value:"
				" %s\n", argv[i]);
			return usage();
		} else if (!opt.manifest) {
			opt.manifest = argv[i];
		} else {
			fprintf(stderr, "mkrom: more than one manifest: %s\n",
				argv[i]);
			return usage();
		}
	}
	if (!opt.manifest)
		return usage();

	if (mkrom_make(&opt, &rom, &err)) {
		fprintf(stderr, "mkrom: %s\n", err.msg);
		return 1;
	}
	printf("rom: %s size=%u toc=0x%x parts=%u entries=%u\n", opt.output,
	       rom.size, rom.toc_offset, rom.part_count, rom.entry_count);
	report_signature(rom.data + TOC_ROM_IPL3_OFFSET);
	mkrom_rom_free(&rom);
	return 0;
}
