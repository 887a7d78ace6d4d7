/* SPDX-License-Identifier: MIT */
/*
 * test_toc.c - the TOC parser (bootmenu/toc.c) and CRC-32 (bootmenu/crc32.c).
 *
 * A valid TOC is built by hand here, independently of mkrom's writer, then
 * corrupted one field at a time.  When a test is about a check that comes
 * after the CRC check, the CRC is recomputed so that the intended check is
 * the one that fires.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../bootmenu/crc32.h"
#include "../../bootmenu/toc.h"
#include "check.h"

#define ROM_SIZE	0x200000u	/* what the tests pass as rom_size */

/* ---- a valid TOC -------------------------------------------------------- */

/* Indexes of the parts in the sample TOC. */
enum { P_STAGE, P_KERNEL, P_INITRAMFS, P_CARTFS, P_PAYLOAD, P_ICON, NPARTS };
enum { E_LINUX, E_PAYLOAD, E_SYSINFO, NENTRIES };

struct sample {
	uint8_t buf[4096];
	uint32_t size;
	uint32_t str[32];	/* string offsets, by add order */
	uint32_t nstr, strings_len;
};

static const char *const sample_strings[] = {
	"",		/* 0 */
	"bootmenu",	/* 1 part names */
	"linux",	/* 2 */
	"initramfs",	/* 3 */
	"cartfs",	/* 4 */
	"hello",	/* 5 */
	"icon",		/* 6 */
	"linux-shell",	/* 7 entry ids */
	"hello-world",	/* 8 */
	"sysinfo",	/* 9 */
	"Linux shell",	/* 10 titles */
	"Hello",	/* 11 */
	"System information",	/* 12 */
	"BusyBox on the console",	/* 13 description */
	"console=ttyIS0 -- /bin/sh",	/* 14 cmdline */
};
#define NSTR (sizeof(sample_strings) / sizeof(sample_strings[0]))

static uint8_t *part_at(struct sample *s, unsigned i)
{
	return s->buf + TOC_HEADER_SIZE + i * TOC_PART_SIZE;
}

static uint8_t *entry_at(struct sample *s, unsigned i)
{
	return s->buf + TOC_HEADER_SIZE + NPARTS * TOC_PART_SIZE +
	       i * TOC_ENTRY_SIZE;
}

static void put_part(struct sample *s, unsigned i, uint32_t type,
		     uint32_t rom_offset, uint32_t size, uint32_t load,
		     uint32_t mem_size, uint32_t entry, unsigned name)
{
	uint8_t *p = part_at(s, i);

	toc_wr32(p + TOC_P_TYPE, type);
	toc_wr32(p + TOC_P_ROM_OFFSET, rom_offset);
	toc_wr32(p + TOC_P_SIZE, size);
	toc_wr32(p + TOC_P_LOAD_ADDR, load);
	toc_wr32(p + TOC_P_MEM_SIZE, mem_size);
	toc_wr32(p + TOC_P_ENTRY, entry);
	toc_wr32(p + TOC_P_CRC32, 0x1000u + i);
	toc_wr32(p + TOC_P_NAME, s->str[name]);
}

static void put_entry(struct sample *s, unsigned i, uint32_t kind,
		      uint32_t flags, uint16_t main_part, uint16_t initramfs,
		      uint16_t cartfs, uint16_t icon, unsigned id,
		      unsigned title, unsigned desc, unsigned cmdline)
{
	uint8_t *e = entry_at(s, i);

	toc_wr32(e + TOC_E_KIND, kind);
	toc_wr32(e + TOC_E_FLAGS, flags);
	toc_wr16(e + TOC_E_MAIN_PART, main_part);
	toc_wr16(e + TOC_E_INITRAMFS_PART, initramfs);
	toc_wr16(e + TOC_E_CARTFS_PART, cartfs);
	toc_wr16(e + TOC_E_ICON_PART, icon);
	toc_wr32(e + TOC_E_ID, s->str[id]);
	toc_wr32(e + TOC_E_TITLE, s->str[title]);
	toc_wr32(e + TOC_E_DESCRIPTION, s->str[desc]);
	toc_wr32(e + TOC_E_CMDLINE, s->str[cmdline]);
}

static void fix_crc(struct sample *s)
{
	toc_wr32(s->buf + TOC_H_CRC32, toc_checksum(s->buf, s->size));
}

static void set32(struct sample *s, uint32_t off, uint32_t v, int refix)
{
	toc_wr32(s->buf + off, v);
	if (refix)
		fix_crc(s);
}

static void set16(struct sample *s, uint32_t off, uint16_t v)
{
	toc_wr16(s->buf + off, v);
	fix_crc(s);
}

static uint32_t part_field(unsigned i, uint32_t f)
{
	return TOC_HEADER_SIZE + i * TOC_PART_SIZE + f;
}

static uint32_t entry_field(unsigned i, uint32_t f)
{
	return TOC_HEADER_SIZE + NPARTS * TOC_PART_SIZE + i * TOC_ENTRY_SIZE + f;
}

/*
 * ROM map of the sample:
 *   0x01000 stage      0x2000 bytes, loads at 0x80000400 (+0x1000 bss)
 *   0x03000 the TOC
 *   0x04000 kernel     0x10000 bytes at 0x80100000, entry 0x80100400
 *   0x14000 initramfs  0x800 bytes, placed by the menu
 *   0x15000 cartfs     0x2000 bytes, read in place
 *   0x17000 payload    0x100 bytes at 0x80200000
 *   0x17100 icon       0x40 bytes
 */
static void build(struct sample *s)
{
	uint32_t strings = TOC_HEADER_SIZE + NPARTS * TOC_PART_SIZE +
			   NENTRIES * TOC_ENTRY_SIZE, off = 0;
	unsigned i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < NSTR; i++) {
		s->str[i] = off;
		memcpy(s->buf + strings + off, sample_strings[i],
		       strlen(sample_strings[i]) + 1);
		off += (uint32_t)strlen(sample_strings[i]) + 1;
	}
	s->strings_len = off;
	s->size = strings + off;

	memcpy(s->buf, TOC_MAGIC, TOC_MAGIC_LEN);
	toc_wr32(s->buf + TOC_H_VERSION, TOC_VERSION);
	toc_wr32(s->buf + TOC_H_SIZE, s->size);
	toc_wr32(s->buf + TOC_H_PART_COUNT, NPARTS);
	toc_wr32(s->buf + TOC_H_ENTRY_COUNT, NENTRIES);
	toc_wr32(s->buf + TOC_H_STRINGS, strings);
	toc_wr32(s->buf + TOC_H_STAGE_SIZE, 0x2000);
	memcpy(s->buf + TOC_H_BUILD_ID, "v1.0-test", 9);

	put_part(s, P_STAGE, TOC_PART_STAGE, 0x1000, 0x2000, 0x80000400,
		 0x3000, 0x80000400, 1);
	put_part(s, P_KERNEL, TOC_PART_KERNEL, 0x4000, 0x10000, 0x80100000,
		 0x20000, 0x80100400, 2);
	put_part(s, P_INITRAMFS, TOC_PART_INITRAMFS, 0x14000, 0x800, 0,
		 0x800, 0, 3);
	put_part(s, P_CARTFS, TOC_PART_CARTFS, 0x15000, 0x2000, 0, 0, 0, 4);
	put_part(s, P_PAYLOAD, TOC_PART_PAYLOAD, 0x17000, 0x100, 0x80200000,
		 0x100, 0x80200000, 5);
	put_part(s, P_ICON, TOC_PART_ICON, 0x17100, 0x40, 0, 0x40, 0, 6);

	put_entry(s, E_LINUX, TOC_ENTRY_LINUX, 0, P_KERNEL, P_INITRAMFS,
		  P_CARTFS, P_ICON, 7, 10, 13, 14);
	put_entry(s, E_PAYLOAD, TOC_ENTRY_PAYLOAD, TOC_ENTRY_F_DEFAULT,
		  P_PAYLOAD, TOC_NO_PART, TOC_NO_PART, TOC_NO_PART, 8, 11, 0, 0);
	put_entry(s, E_SYSINFO, TOC_ENTRY_SYSINFO, 0, TOC_NO_PART,
		  TOC_NO_PART, TOC_NO_PART, P_ICON, 9, 12, 0, 0);
	fix_crc(s);
}

static int parse(struct sample *s, struct toc *toc)
{
	return toc_parse(toc, s->buf, s->size, ROM_SIZE);
}

/* Parse the sample and expect @want; also checks err_index when not -1. */
#define EXPECT(s, want, index)                                               \
	do {                                                                 \
		struct toc t_;                                               \
		CHECK_EQ(parse(s, &t_), want);                               \
		if ((long)(index) >= 0)                                      \
			CHECK_EQ(t_.err_index, index);                       \
	} while (0)

/* ---- CRC-32 ------------------------------------------------------------- */

static void test_crc32(void)
{
	static const char fox[] = "The quick brown fox jumps over the lazy dog";
	uint32_t crc;

	/* The standard check value of CRC-32/ISO-HDLC. */
	CHECK_EQ(crc32("123456789", 9), 0xCBF43926);
	CHECK_EQ(crc32("", 0), 0);
	CHECK_EQ(crc32("a", 1), 0xE8B7BE43);
	CHECK_EQ(crc32(fox, sizeof(fox) - 1), 0x414FA339);
	/* Split anywhere, the update form gives the same answer. */
	crc = crc32_update(0, "1234", 4);
	crc = crc32_update(crc, "", 0);
	crc = crc32_update(crc, "56789", 5);
	CHECK_EQ(crc, 0xCBF43926);
}

/* ---- a good TOC --------------------------------------------------------- */

static void test_valid(void)
{
	struct sample s;
	struct toc toc;
	struct toc_part p;
	struct toc_entry e;

	build(&s);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(toc.size, s.size);
	CHECK_EQ(toc.part_count, NPARTS);
	CHECK_EQ(toc.entry_count, NENTRIES);
	CHECK_EQ(toc.stage_size, 0x2000);
	CHECK(!strcmp(toc.build_id, "v1.0-test"));
	CHECK_EQ(toc.crc_expected, toc.crc_got);
	CHECK_EQ(toc.err_index, TOC_NO_INDEX);
	CHECK(toc.base == s.buf);

	toc_get_part(&toc, P_KERNEL, &p);
	CHECK_EQ(p.type, TOC_PART_KERNEL);
	CHECK_EQ(p.rom_offset, 0x4000);
	CHECK_EQ(p.size, 0x10000);
	CHECK_EQ(p.load_addr, 0x80100000);
	CHECK_EQ(p.mem_size, 0x20000);
	CHECK_EQ(p.entry, 0x80100400);
	CHECK_EQ(p.crc32, 0x1001);
	CHECK(!strcmp(p.name, "linux"));

	toc_get_entry(&toc, E_LINUX, &e);
	CHECK_EQ(e.kind, TOC_ENTRY_LINUX);
	CHECK_EQ(e.flags, 0);
	CHECK_EQ(e.main_part, P_KERNEL);
	CHECK_EQ(e.initramfs_part, P_INITRAMFS);
	CHECK_EQ(e.cartfs_part, P_CARTFS);
	CHECK_EQ(e.icon_part, P_ICON);
	CHECK(!strcmp(e.id, "linux-shell"));
	CHECK(!strcmp(e.title, "Linux shell"));
	CHECK(!strcmp(e.description, "BusyBox on the console"));
	CHECK(!strcmp(e.cmdline, "console=ttyIS0 -- /bin/sh"));

	toc_get_entry(&toc, E_SYSINFO, &e);
	CHECK_EQ(e.main_part, TOC_NO_PART);
	CHECK(!strcmp(e.description, ""));

	/* Out-of-range accessors give empty records, not crashes. */
	toc_get_part(&toc, NPARTS, &p);
	CHECK_EQ(p.type, 0);
	CHECK(p.name && !*p.name);
	toc_get_entry(&toc, 1000, &e);
	CHECK_EQ(e.kind, 0);
	CHECK_EQ(e.main_part, TOC_NO_PART);
	CHECK(e.title && !*e.title && e.cmdline && !*e.cmdline);

	/* Extra bytes after toc_size are fine: the menu reads in blocks. */
	CHECK_EQ(toc_parse(&toc, s.buf, sizeof(s.buf), ROM_SIZE), TOC_OK);
}

static void test_build_id_full(void)
{
	struct sample s;
	struct toc toc;

	build(&s);
	memset(s.buf + TOC_H_BUILD_ID, 'x', TOC_BUILD_ID_LEN);
	fix_crc(&s);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(strlen(toc.build_id), TOC_BUILD_ID_LEN);
}

static void test_find_default(void)
{
	struct sample s;
	struct toc toc;

	build(&s);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(toc_find_default(&toc), E_PAYLOAD);

	/* Two flagged: the first wins. */
	set32(&s, entry_field(E_SYSINFO, TOC_E_FLAGS), TOC_ENTRY_F_DEFAULT, 1);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(toc_find_default(&toc), E_PAYLOAD);

	/* None flagged: the first entry. */
	set32(&s, entry_field(E_PAYLOAD, TOC_E_FLAGS), 0, 0);
	set32(&s, entry_field(E_SYSINFO, TOC_E_FLAGS), 0x80, 1);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(toc_find_default(&toc), 0);

	/* No entries at all (the entry table becomes padding). */
	set32(&s, TOC_H_ENTRY_COUNT, 0, 1);
	CHECK_EQ(parse(&s, &toc), TOC_OK);
	CHECK_EQ(toc_find_default(&toc), -1);
}

static void test_strerror(void)
{
	int i;

	for (i = 0; i < TOC_ERR_COUNT; i++) {
		CHECK(toc_strerror(i) && *toc_strerror(i));
		CHECK(toc_errname(i) && *toc_errname(i));
	}
	CHECK(!strcmp(toc_strerror(TOC_ERR_CHECKSUM), "table checksum mismatch"));
	CHECK(!strcmp(toc_errname(TOC_ERR_CHECKSUM), "toc-checksum"));
	CHECK(!strcmp(toc_errname(TOC_OK), "ok"));
	CHECK(!strcmp(toc_strerror(-1), "unknown error"));
	CHECK(!strcmp(toc_strerror(TOC_ERR_COUNT), "unknown error"));
	CHECK(!strcmp(toc_errname(99), "toc-unknown"));
}

/* ---- the header checks, in order ---------------------------------------- */

static void test_truncated(void)
{
	struct sample s;
	struct toc toc;

	build(&s);
	CHECK_EQ(toc_parse(&toc, s.buf, TOC_HEADER_SIZE - 1, ROM_SIZE),
		 TOC_ERR_TRUNCATED);
	CHECK_EQ(toc_parse(&toc, s.buf, 0, ROM_SIZE), TOC_ERR_TRUNCATED);
	CHECK_EQ(toc_parse(&toc, s.buf, s.size - 1, ROM_SIZE),
		 TOC_ERR_TRUNCATED);
	CHECK_EQ(toc_parse(&toc, s.buf, s.size, ROM_SIZE), TOC_OK);
}

static void test_magic(void)
{
	struct sample s;

	build(&s);
	s.buf[7] = 'c';		/* "LIN64TOc" */
	EXPECT(&s, TOC_ERR_MAGIC, -1);
	build(&s);
	s.buf[0] = 0;
	EXPECT(&s, TOC_ERR_MAGIC, -1);
}

static void test_version(void)
{
	struct sample s;

	build(&s);
	set32(&s, TOC_H_VERSION, 0, 1);
	EXPECT(&s, TOC_ERR_VERSION, -1);
	set32(&s, TOC_H_VERSION, 2, 1);
	EXPECT(&s, TOC_ERR_VERSION, -1);
}

static void test_size(void)
{
	struct sample s;

	build(&s);
	set32(&s, TOC_H_SIZE, TOC_HEADER_SIZE - 1, 0);
	EXPECT(&s, TOC_ERR_SIZE, -1);
	set32(&s, TOC_H_SIZE, TOC_MAX_SIZE + 1, 0);
	EXPECT(&s, TOC_ERR_SIZE, -1);
	set32(&s, TOC_H_SIZE, 0xFFFFFFFF, 0);
	EXPECT(&s, TOC_ERR_SIZE, -1);
}

static void test_checksum(void)
{
	struct sample s;
	struct toc toc;
	uint32_t good;

	build(&s);
	good = toc_rd32(s.buf + TOC_H_CRC32);
	s.buf[s.size - 2] ^= 0x20;	/* a letter of the last string */
	CHECK_EQ(parse(&s, &toc), TOC_ERR_CHECKSUM);
	CHECK_EQ(toc.crc_expected, good);
	CHECK_EQ(toc.crc_got, toc_checksum(s.buf, s.size));
	CHECK(toc.crc_got != good);

	/* The CRC field itself is taken as zero. */
	build(&s);
	CHECK_EQ(toc_checksum(s.buf, s.size), good);
	s.buf[TOC_H_CRC32 + 1] ^= 0xFF;
	CHECK_EQ(toc_checksum(s.buf, s.size), good);
	CHECK_EQ(parse(&s, &toc), TOC_ERR_CHECKSUM);
}

static void test_tables(void)
{
	struct sample s;
	uint32_t strings;

	build(&s);
	strings = toc_rd32(s.buf + TOC_H_STRINGS);

	set32(&s, TOC_H_PART_COUNT, NPARTS + 1, 1);	/* runs into strings */
	EXPECT(&s, TOC_ERR_TABLES, -1);
	set32(&s, TOC_H_PART_COUNT, 0x08000000, 1);	/* would wrap 32 bits */
	EXPECT(&s, TOC_ERR_TABLES, -1);

	build(&s);
	set32(&s, TOC_H_ENTRY_COUNT, NENTRIES + 1, 1);
	EXPECT(&s, TOC_ERR_TABLES, -1);
	set32(&s, TOC_H_ENTRY_COUNT, 0xFFFFFFFF, 1);
	EXPECT(&s, TOC_ERR_TABLES, -1);

	build(&s);
	set32(&s, TOC_H_STRINGS, strings - 1, 1);	/* inside the entries */
	EXPECT(&s, TOC_ERR_TABLES, -1);
	set32(&s, TOC_H_STRINGS, s.size + 1, 1);
	EXPECT(&s, TOC_ERR_TABLES, -1);
}

static void test_string_table(void)
{
	struct sample s;

	build(&s);
	s.buf[s.size - 1] = 'x';	/* last string loses its NUL */
	fix_crc(&s);
	EXPECT(&s, TOC_ERR_STRING, -1);

	build(&s);
	set32(&s, TOC_H_STRINGS, s.size, 1);	/* empty string table */
	EXPECT(&s, TOC_ERR_STRING, -1);
}

static void test_string_offsets(void)
{
	struct sample s;
	uint32_t f;

	build(&s);
	set32(&s, part_field(P_CARTFS, TOC_P_NAME), s.strings_len, 1);
	EXPECT(&s, TOC_ERR_STRING, P_CARTFS);
	set32(&s, part_field(P_CARTFS, TOC_P_NAME), s.strings_len - 1, 1);
	EXPECT(&s, TOC_OK, -1);		/* the last NUL: an empty name */
	set32(&s, part_field(P_CARTFS, TOC_P_NAME), 0xFFFFFFFF, 1);
	EXPECT(&s, TOC_ERR_STRING, P_CARTFS);

	for (f = TOC_E_ID; f <= TOC_E_CMDLINE; f += 4) {
		build(&s);
		set32(&s, entry_field(E_SYSINFO, f), s.strings_len, 1);
		EXPECT(&s, TOC_ERR_STRING, E_SYSINFO);
	}
}

/* ---- parts -------------------------------------------------------------- */

static void test_part_type(void)
{
	struct sample s;

	build(&s);
	set32(&s, part_field(P_ICON, TOC_P_TYPE), 0, 1);
	EXPECT(&s, TOC_ERR_PART_TYPE, P_ICON);
	set32(&s, part_field(P_ICON, TOC_P_TYPE), TOC_PART_TYPE_MAX + 1, 1);
	EXPECT(&s, TOC_ERR_PART_TYPE, P_ICON);
}

static void test_part_range(void)
{
	struct sample s;
	struct toc toc;

	/* Inside the header/boot code area. */
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), 0x800, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), 0, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);
	/* Starting below 0x1000 but ending after it overlaps too. */
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), 0xFF0, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);

	/* Not 16-byte aligned. */
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), 0x14008, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);

	/* Past the end of the ROM (by 16 bytes: offsets are aligned). */
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), ROM_SIZE - 0x7F0, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), ROM_SIZE - 0x800, 1);
	EXPECT(&s, TOC_OK, -1);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), ROM_SIZE, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);

	/* Wrapping 32 bits. */
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), 0xFFFFF800, 1);
	set32(&s, part_field(P_INITRAMFS, TOC_P_SIZE), 0x1000, 1);
	set32(&s, part_field(P_INITRAMFS, TOC_P_MEM_SIZE), 0x1000, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_INITRAMFS);

	/* A huge rom_size does not lift the IS-Viewer limit. */
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), TOC_ROM_LIMIT - 0x400, 1);
	CHECK_EQ(toc_parse(&toc, s.buf, s.size, 0xFFFFFFFF), TOC_ERR_PART_RANGE);
	set32(&s, part_field(P_INITRAMFS, TOC_P_ROM_OFFSET), TOC_ROM_LIMIT - 0x800, 1);
	CHECK_EQ(toc_parse(&toc, s.buf, s.size, 0xFFFFFFFF), TOC_OK);

	/* CARTFS: 4 KiB aligned and a whole number of 4 KiB blocks. */
	build(&s);
	set32(&s, part_field(P_CARTFS, TOC_P_ROM_OFFSET), 0x15010, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_CARTFS);
	build(&s);
	set32(&s, part_field(P_CARTFS, TOC_P_SIZE), 0x1FF0, 1);
	EXPECT(&s, TOC_ERR_PART_RANGE, P_CARTFS);
}

static void test_part_load(void)
{
	struct sample s;

	/* mem_size smaller than size: loaded by address, or not. */
	build(&s);
	set32(&s, part_field(P_KERNEL, TOC_P_MEM_SIZE), 0xFFFF, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_KERNEL);
	build(&s);
	set32(&s, part_field(P_INITRAMFS, TOC_P_MEM_SIZE), 0x7FF, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_INITRAMFS);
	/* mem_size 0 is "not loaded": fine without an address only. */
	set32(&s, part_field(P_INITRAMFS, TOC_P_MEM_SIZE), 0, 1);
	EXPECT(&s, TOC_OK, -1);
	build(&s);
	set32(&s, part_field(P_KERNEL, TOC_P_MEM_SIZE), 0, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_KERNEL);

	/* Below 0x80000400 (the exception vectors), and outside KSEG0. */
	build(&s);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0x80000000, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0x80000000, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0x00200000, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0x00200000, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0xA0200000, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0xA0200000, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);

	/* Ending past 0x80800000 by one byte, and exactly at it. */
	build(&s);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0x807FFF08, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0x807FFF08, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0x807FFF00, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0x807FFF00, 1);
	EXPECT(&s, TOC_OK, -1);
	/* mem_size wrapping past the end. */
	set32(&s, part_field(P_PAYLOAD, TOC_P_MEM_SIZE), 0xFFFFFF00, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);

	/* Not 8-byte aligned. */
	build(&s);
	set32(&s, part_field(P_PAYLOAD, TOC_P_LOAD_ADDR), 0x80200004, 1);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0x80200004, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_PAYLOAD);

	/* An entry point without a load address. */
	build(&s);
	set32(&s, part_field(P_ICON, TOC_P_ENTRY), 0x80000400, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_ICON);

	/* Entry outside the file-backed bytes, or misaligned. */
	build(&s);
	set32(&s, part_field(P_KERNEL, TOC_P_ENTRY), 0x80110000, 1); /* bss */
	EXPECT(&s, TOC_ERR_PART_LOAD, P_KERNEL);
	set32(&s, part_field(P_KERNEL, TOC_P_ENTRY), 0x800FFFFC, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_KERNEL);
	set32(&s, part_field(P_KERNEL, TOC_P_ENTRY), 0x80100402, 1);
	EXPECT(&s, TOC_ERR_PART_LOAD, P_KERNEL);
	set32(&s, part_field(P_KERNEL, TOC_P_ENTRY), 0x8010FFFC, 1);
	EXPECT(&s, TOC_OK, -1);
}

static void test_stage(void)
{
	struct sample s;

	/* No stage at all. */
	build(&s);
	set32(&s, part_field(P_STAGE, TOC_P_TYPE), TOC_PART_PAYLOAD, 1);
	EXPECT(&s, TOC_ERR_STAGE, TOC_NO_INDEX);

	/* A second stage (the icon, which is otherwise a valid part). */
	build(&s);
	set32(&s, part_field(P_ICON, TOC_P_TYPE), TOC_PART_STAGE, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_ICON);

	/* Size disagrees with the header's stage_size. */
	build(&s);
	set32(&s, TOC_H_STAGE_SIZE, 0x1FF0, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_STAGE);

	/* Not at 0x1000. */
	build(&s);
	set32(&s, part_field(P_STAGE, TOC_P_ROM_OFFSET), 0x1010, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_STAGE);

	/* Empty, and over 1 MiB. */
	build(&s);
	set32(&s, part_field(P_STAGE, TOC_P_SIZE), 0, 1);
	set32(&s, part_field(P_STAGE, TOC_P_ENTRY), 0, 1);
	set32(&s, TOC_H_STAGE_SIZE, 0, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_STAGE);
	build(&s);
	set32(&s, part_field(P_STAGE, TOC_P_SIZE), TOC_ROM_STAGE_MAX + 16, 1);
	set32(&s, part_field(P_STAGE, TOC_P_MEM_SIZE), TOC_ROM_STAGE_MAX + 16, 1);
	set32(&s, TOC_H_STAGE_SIZE, TOC_ROM_STAGE_MAX + 16, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_STAGE);

	/* Not loaded anywhere. */
	build(&s);
	set32(&s, part_field(P_STAGE, TOC_P_LOAD_ADDR), 0, 1);
	set32(&s, part_field(P_STAGE, TOC_P_ENTRY), 0, 1);
	EXPECT(&s, TOC_ERR_STAGE, P_STAGE);
}

/* ---- entries ------------------------------------------------------------ */

static void test_entry_kind(void)
{
	struct sample s;

	build(&s);
	set32(&s, entry_field(E_SYSINFO, TOC_E_KIND), 0, 1);
	EXPECT(&s, TOC_ERR_ENTRY_KIND, E_SYSINFO);
	set32(&s, entry_field(E_SYSINFO, TOC_E_KIND), TOC_ENTRY_KIND_MAX + 1, 1);
	EXPECT(&s, TOC_ERR_ENTRY_KIND, E_SYSINFO);
}

static void test_entry_parts(void)
{
	static const struct {
		unsigned entry;
		uint32_t field;
		uint16_t value;
	} bad[] = {
		/* LINUX: main must be a KERNEL with an entry point */
		{ E_LINUX, TOC_E_MAIN_PART, P_PAYLOAD },
		{ E_LINUX, TOC_E_MAIN_PART, TOC_NO_PART },
		{ E_LINUX, TOC_E_MAIN_PART, NPARTS },
		{ E_LINUX, TOC_E_MAIN_PART, 0xFFFE },
		{ E_LINUX, TOC_E_INITRAMFS_PART, P_CARTFS },
		{ E_LINUX, TOC_E_INITRAMFS_PART, NPARTS },
		{ E_LINUX, TOC_E_CARTFS_PART, P_INITRAMFS },
		{ E_LINUX, TOC_E_ICON_PART, P_STAGE },
		/* PAYLOAD: main must be a PAYLOAD; no initramfs/cartfs */
		{ E_PAYLOAD, TOC_E_MAIN_PART, P_KERNEL },
		{ E_PAYLOAD, TOC_E_MAIN_PART, TOC_NO_PART },
		{ E_PAYLOAD, TOC_E_INITRAMFS_PART, P_INITRAMFS },
		{ E_PAYLOAD, TOC_E_CARTFS_PART, P_CARTFS },
		{ E_PAYLOAD, TOC_E_ICON_PART, P_KERNEL },
		/* SYSINFO: nothing to load */
		{ E_SYSINFO, TOC_E_MAIN_PART, P_PAYLOAD },
		{ E_SYSINFO, TOC_E_INITRAMFS_PART, P_INITRAMFS },
		{ E_SYSINFO, TOC_E_CARTFS_PART, P_CARTFS },
		{ E_SYSINFO, TOC_E_ICON_PART, NPARTS },
	};
	struct sample s;
	unsigned i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		build(&s);
		set16(&s, entry_field(bad[i].entry, bad[i].field), bad[i].value);
		EXPECT(&s, TOC_ERR_ENTRY_PART, bad[i].entry);
	}

	/* Optional parts may be absent. */
	build(&s);
	set16(&s, entry_field(E_LINUX, TOC_E_INITRAMFS_PART), TOC_NO_PART);
	set16(&s, entry_field(E_LINUX, TOC_E_CARTFS_PART), TOC_NO_PART);
	set16(&s, entry_field(E_LINUX, TOC_E_ICON_PART), TOC_NO_PART);
	EXPECT(&s, TOC_OK, -1);

	/* A payload or kernel without an entry point cannot be launched. */
	build(&s);
	set32(&s, part_field(P_PAYLOAD, TOC_P_ENTRY), 0, 1);
	EXPECT(&s, TOC_ERR_ENTRY_PART, E_PAYLOAD);
	build(&s);
	set32(&s, part_field(P_KERNEL, TOC_P_ENTRY), 0, 1);
	EXPECT(&s, TOC_ERR_ENTRY_PART, E_LINUX);
}

/* ---- robustness --------------------------------------------------------- */

static uint32_t rng_state = 0x12345678;

static uint32_t rng(void)
{
	/* xorshift32: deterministic, good enough to pick bytes */
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state;
}

static int inside(const struct sample *s, const char *p)
{
	const char *lo = (const char *)s->buf, *hi = lo + s->size;

	return p >= lo && p < hi && memchr(p, 0, (size_t)(hi - p)) != NULL;
}

/*
 * Random single and multiple field corruptions with the CRC fixed: the
 * parser must never read outside the TOC (run this under valgrind or
 * ASan), and whenever it says TOC_OK every accessor result must hold.
 */
static void test_mutations(void)
{
	struct sample *s = malloc(sizeof(*s));
	struct toc toc;
	struct toc_part p;
	struct toc_entry e;
	unsigned round, n, i, bad = 0, ok = 0;

	for (round = 0; round < 20000; round++) {
		build(s);
		for (n = 1 + rng() % 3; n; n--) {
			uint32_t off = rng() % s->size;

			if (rng() & 1)
				s->buf[off] = (uint8_t)rng();
			else
				s->buf[off] ^= (uint8_t)(1u << (rng() % 8));
		}
		fix_crc(s);
		if (toc_parse(&toc, s->buf, s->size, ROM_SIZE) != TOC_OK)
			continue;
		ok++;
		for (i = 0; i < toc.part_count; i++) {
			toc_get_part(&toc, i, &p);
			bad += !inside(s, p.name);
			bad += p.rom_offset < TOC_ROM_STAGE_OFFSET;
			bad += (uint64_t)p.rom_offset + p.size > ROM_SIZE;
		}
		for (i = 0; i < toc.entry_count; i++) {
			toc_get_entry(&toc, i, &e);
			bad += !inside(s, e.id) + !inside(s, e.title) +
			       !inside(s, e.description) + !inside(s, e.cmdline);
			bad += e.main_part != TOC_NO_PART &&
			       e.main_part >= toc.part_count;
		}
	}
	CHECK_EQ(bad, 0);
	CHECK(ok > 0);	/* some mutations (e.g. in strings) stay valid */
	free(s);
}

int main(void)
{
	test_crc32();
	test_valid();
	test_build_id_full();
	test_find_default();
	test_strerror();
	test_truncated();
	test_magic();
	test_version();
	test_size();
	test_checksum();
	test_tables();
	test_string_table();
	test_string_offsets();
	test_part_type();
	test_part_range();
	test_part_load();
	test_stage();
	test_entry_kind();
	test_entry_parts();
	test_mutations();
	return check_summary();
}
