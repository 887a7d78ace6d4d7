// SPDX-License-Identifier: MIT
#include <stddef.h>

#include "boot.h"
#include "cache.h"
#include "console.h"
#include "crc32.h"
#include "fmt.h"
#include "n64.h"
#include "pi.h"

_Static_assert(ROM_HDR_ENTRY == TOC_ROM_HDR_BOOT_ADDR &&
	       ROM_HDR_TOC == TOC_ROM_HDR_TOC &&
	       ROM_STAGE == TOC_ROM_STAGE_OFFSET &&
	       TOC_STAGE_SIZE_FIELD == TOC_H_STAGE_SIZE,
	       "n64.h and toc.h disagree on the ROM layout");

#define LINUX_MIN_MEM		0x800000u	/* until 4 MiB Linux exists */
#define CMDLINE_MAX		1024u
#define PAGE_SIZE		4096u

/* 16-byte aligned: pi_read() drops whole D-cache lines. */
static uint8_t toc_buf[TOC_MAX_SIZE] __attribute__((aligned(16)));

/* The kernel copies the command line in prom_init(), long before it
 * touches this memory below its load address. */
static char cmdline[CMDLINE_MAX] __attribute__((aligned(16)));
static char *linux_argv[3] __attribute__((aligned(16)));

void boot_info_read(struct boot_info *info)
{
	info->tv_type = *(volatile uint32_t *)KSEG0(BOOT_TV_TYPE);
	info->reset_type = *(volatile uint32_t *)KSEG0(BOOT_RESET_TYPE);
	info->cic_seed = *(volatile uint32_t *)KSEG0(BOOT_CIC_SEED);
	info->mem_size = *(volatile uint32_t *)KSEG0(BOOT_MEM_SIZE);
}

int boot_toc_read(struct toc *toc)
{
	uint32_t offset = pi_read_word(CART_ROM + TOC_ROM_HDR_TOC);
	uint32_t size;

	if (offset < TOC_ROM_STAGE_OFFSET || offset >= TOC_ROM_LIMIT ||
	    offset % TOC_PART_ALIGN)
		return toc_parse(toc, toc_buf, 0, TOC_ROM_LIMIT);
	pi_read(toc_buf, offset, TOC_HEADER_SIZE);
	size = toc_rd32(toc_buf + TOC_H_SIZE);
	if (size > TOC_MAX_SIZE)
		size = TOC_MAX_SIZE;	/* toc_parse() says what is wrong */
	if (size > TOC_HEADER_SIZE)
		pi_read(toc_buf, offset, size);
	return toc_parse(toc, toc_buf, size, TOC_ROM_LIMIT);
}

const char *boot_errname(int err)
{
	switch (err) {
	case BOOT_ERR_NEEDS_8MB:
		return "needs-8mb";
	case BOOT_ERR_NO_FIT:
		return "no-fit";
	case BOOT_ERR_PART_CRC:
		return "part-checksum";
	case BOOT_ERR_CMDLINE:
		return "cmdline-too-long";
	case BOOT_ERR_KIND:
		return "not-launchable";
	}
	return "unknown";
}

static int fits(uint32_t addr, uint32_t size, const struct boot_info *info)
{
	return addr >= TOC_LOAD_MIN && size <= info->mem_size &&
	       addr - 0x80000000u <= info->mem_size - size;
}

/* Loads a part to @addr and checks it arrived intact. */
static int load_part(const struct toc_part *part, uint32_t addr)
{
	pi_read((void *)addr, part->rom_offset, part->size);
	if (crc32((const void *)addr, part->size) != part->crc32)
		return BOOT_ERR_PART_CRC;
	return 0;
}

/* Appends "KEY=0xVALUE " to the command line being built. */
static char *cmdline_add(char *p, const char *key, uint32_t value)
{
	char *end = cmdline + sizeof(cmdline);

	p = fmt_str(p, end, key);
	p = fmt_hex(p, end, value, 8);
	return fmt_str(p, end, " ");
}

/*
 * The kernel joins argv[1..] with spaces into its command line, so one
 * argument holds everything: where the cart filesystem and the initramfs
 * are, then the profile's own line ("... -- /usr/bin/program").
 */
static int build_cmdline(const struct toc *toc, const struct toc_entry *e,
			 uint32_t rd_start, uint32_t rd_size)
{
	char *p = cmdline, *end = cmdline + sizeof(cmdline);
	struct toc_part part;

	if (e->cartfs_part != TOC_NO_PART) {
		toc_get_part(toc, e->cartfs_part, &part);
		p = cmdline_add(p, "n64cart.start=", part.rom_offset);
		p = cmdline_add(p, "n64cart.size=", part.size);
	}
	if (rd_size) {
		p = cmdline_add(p, "rd_start=", rd_start);
		p = cmdline_add(p, "rd_size=", rd_size);
	}
	p = fmt_str(p, end, e->cmdline);
	/* fmt_str() stops one short of the end: reaching it means cut off. */
	return p == end - 1 ? BOOT_ERR_CMDLINE : 0;
}

static int launch_linux(const struct toc *toc, const struct toc_entry *e,
			const struct boot_info *info)
{
	struct toc_part kernel, initramfs = { 0 };
	uint32_t rd_start = 0;
	int err;

	if (info->mem_size < LINUX_MIN_MEM)
		return BOOT_ERR_NEEDS_8MB;
	toc_get_part(toc, e->main_part, &kernel);
	if (e->initramfs_part != TOC_NO_PART) {
		toc_get_part(toc, e->initramfs_part, &initramfs);
		/* Right after the kernel's bss, where nothing else goes. */
		rd_start = (kernel.load_addr + kernel.mem_size + PAGE_SIZE - 1) &
			   ~(PAGE_SIZE - 1);
	}
	if (!fits(kernel.load_addr, kernel.mem_size, info) ||
	    (initramfs.size && !fits(rd_start, initramfs.size, info)))
		return BOOT_ERR_NO_FIT;
	err = build_cmdline(toc, e, rd_start, initramfs.size);
	if (err)
		return err;

	err = load_part(&kernel, kernel.load_addr);
	if (!err && initramfs.size)
		err = load_part(&initramfs, rd_start);
	if (err)
		return err;

	linux_argv[0] = "lin64";
	linux_argv[1] = cmdline;
	linux_argv[2] = NULL;
	dcache_writeback_invalidate(cmdline, sizeof(cmdline));
	dcache_writeback_invalidate(linux_argv, sizeof(linux_argv));

	/* a0 = argc, a1 = argv, a2 = envp, a3 = 0: Linux's fw_arg0-3. */
	((void (*)(int, char **, char **, void *))kernel.entry)(2, linux_argv,
								NULL, NULL);
	return 0;
}

/* SP IMEM: 4 KiB the menu does not use, and the CPU can run code from. */
#define SP_IMEM			0xa4001000u
#define CRC_CHUNK		4096u

extern const uint8_t trampoline[], trampoline_end[];

static uint8_t crc_buf[CRC_CHUNK] __attribute__((aligned(16)));

/* A payload may load over the menu: check it arrived intact first. */
static int payload_crc_ok(const struct toc_part *part)
{
	uint32_t crc = 0, done, n;

	for (done = 0; done < part->size; done += n) {
		n = part->size - done < CRC_CHUNK ? part->size - done : CRC_CHUNK;
		pi_read(crc_buf, part->rom_offset + done, n);
		crc = crc32_update(crc, crc_buf, n);
	}
	return crc == part->crc32;
}

static int launch_payload(const struct toc *toc, const struct toc_entry *e,
			  const struct boot_info *info)
{
	typedef void (*trampoline_fn)(uint32_t load, uint32_t rom_offset,
				      uint32_t rom_bytes, uint32_t mem_bytes,
				      uint32_t entry);
	uint32_t i, len = trampoline_end - trampoline;
	struct toc_part part;

	toc_get_part(toc, e->main_part, &part);
	if (!fits(part.load_addr, part.mem_size, info))
		return BOOT_ERR_NO_FIT;
	if (!payload_crc_ok(&part))
		return BOOT_ERR_PART_CRC;

	/* IMEM takes whole words only. */
	for (i = 0; i < len; i += 4)
		*(volatile uint32_t *)(SP_IMEM + i) =
			(uint32_t)trampoline[i] << 24 | trampoline[i + 1] << 16 |
			trampoline[i + 2] << 8 | trampoline[i + 3];

	((trampoline_fn)SP_IMEM)(part.load_addr, part.rom_offset, part.size,
				 part.mem_size, part.entry);
	return 0;
}

int boot_launch(const struct toc *toc, uint32_t index,
		const struct boot_info *info)
{
	struct toc_entry e;

	toc_get_entry(toc, index, &e);
	console_str("bootmenu: launch ");
	console_str(e.id);
	console_end();
	if (e.kind == TOC_ENTRY_LINUX)
		return launch_linux(toc, &e, info);
	if (e.kind == TOC_ENTRY_PAYLOAD)
		return launch_payload(toc, &e, info);
	return BOOT_ERR_KIND;
}
