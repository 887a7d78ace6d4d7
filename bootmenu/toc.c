/* SPDX-License-Identifier: MIT */
/*
 * toc.c - validate and read the Lin64 ROM table of contents.
 *
 * The input may come from a corrupt ROM or a fuzzer, so every offset and
 * count is bounded before it is used, and sums are arranged so that they
 * cannot wrap: "a + b <= limit" is written as "a <= limit && b <= limit - a".
 * All reads go through toc_rd32()/toc_rd16() on offsets already proven to
 * be below toc->size, itself proven to be at most the caller's length.
 */
#include "toc.h"
#include "crc32.h"

static const char empty_string[1] = "";

static uint32_t hdr32(const uint8_t *base, uint32_t off)
{
	return toc_rd32(base + off);
}

static const uint8_t *part_rec(const struct toc *toc, uint32_t i)
{
	return toc->base + TOC_HEADER_SIZE + i * TOC_PART_SIZE;
}

static const uint8_t *entry_rec(const struct toc *toc, uint32_t i)
{
	return toc->base + TOC_HEADER_SIZE + toc->part_count * TOC_PART_SIZE +
	       i * TOC_ENTRY_SIZE;
}

/* A string offset is good if it lands inside the table; the table's last
 * byte is NUL (checked once), so the string ends inside it too. */
static int string_ok(const struct toc *toc, uint32_t off)
{
	return off < toc->size - toc->strings_offset;
}

static const char *string_at(const struct toc *toc, uint32_t off)
{
	return (const char *)toc->base + toc->strings_offset + off;
}

uint32_t toc_checksum(const uint8_t *toc, uint32_t size)
{
	static const uint8_t zero[4];
	uint32_t crc;

	crc = crc32_update(0, toc, TOC_H_CRC32);
	crc = crc32_update(crc, zero, sizeof(zero));
	return crc32_update(crc, toc + TOC_H_CRC32 + 4,
			    size - (TOC_H_CRC32 + 4));
}

static int check_header(struct toc *toc, const uint8_t *p, uint32_t len)
{
	uint32_t i;

	if (len < TOC_HEADER_SIZE)
		return TOC_ERR_TRUNCATED;
	for (i = 0; i < TOC_MAGIC_LEN; i++)
		if (p[TOC_H_MAGIC + i] != (uint8_t)TOC_MAGIC[i])
			return TOC_ERR_MAGIC;
	if (hdr32(p, TOC_H_VERSION) != TOC_VERSION)
		return TOC_ERR_VERSION;

	toc->size = hdr32(p, TOC_H_SIZE);
	if (toc->size < TOC_HEADER_SIZE || toc->size > TOC_MAX_SIZE)
		return TOC_ERR_SIZE;
	if (len < toc->size)
		return TOC_ERR_TRUNCATED;

	toc->crc_expected = hdr32(p, TOC_H_CRC32);
	toc->crc_got = toc_checksum(p, toc->size);
	if (toc->crc_got != toc->crc_expected)
		return TOC_ERR_CHECKSUM;

	toc->part_count = hdr32(p, TOC_H_PART_COUNT);
	toc->entry_count = hdr32(p, TOC_H_ENTRY_COUNT);
	toc->strings_offset = hdr32(p, TOC_H_STRINGS);
	toc->stage_size = hdr32(p, TOC_H_STAGE_SIZE);

	/* Bound the counts first so the products below cannot wrap. */
	if (toc->part_count > TOC_MAX_SIZE / TOC_PART_SIZE ||
	    toc->entry_count > TOC_MAX_SIZE / TOC_ENTRY_SIZE ||
	    toc->strings_offset > toc->size ||
	    TOC_HEADER_SIZE + toc->part_count * TOC_PART_SIZE +
	    toc->entry_count * TOC_ENTRY_SIZE > toc->strings_offset)
		return TOC_ERR_TABLES;

	/* One NUL at the very end makes every in-range offset a C string. */
	if (toc->strings_offset == toc->size || p[toc->size - 1] != 0)
		return TOC_ERR_STRING;

	for (i = 0; i < TOC_BUILD_ID_LEN && p[TOC_H_BUILD_ID + i]; i++)
		toc->build_id[i] = (char)p[TOC_H_BUILD_ID + i];
	for (; i <= TOC_BUILD_ID_LEN; i++)
		toc->build_id[i] = 0;
	return TOC_OK;
}

static int check_part_range(const struct toc_part *pt, uint32_t rom_size)
{
	uint32_t limit = rom_size < TOC_ROM_LIMIT ? rom_size : TOC_ROM_LIMIT;

	/* The stage's own slot starts at 0x1000; nothing lives below it. */
	if (pt->rom_offset < TOC_ROM_STAGE_OFFSET ||
	    pt->rom_offset % TOC_PART_ALIGN)
		return TOC_ERR_PART_RANGE;
	if (pt->rom_offset > limit || pt->size > limit - pt->rom_offset)
		return TOC_ERR_PART_RANGE;
	/* Linux's n64cart serves the filesystem in 4 KiB blocks. */
	if (pt->type == TOC_PART_CARTFS &&
	    (pt->rom_offset % TOC_CARTFS_ALIGN || pt->size % TOC_CARTFS_ALIGN))
		return TOC_ERR_PART_RANGE;
	return TOC_OK;
}

static int check_part_load(const struct toc_part *pt)
{
	if (pt->mem_size && pt->mem_size < pt->size)
		return TOC_ERR_PART_LOAD;
	if (!pt->load_addr)
		return pt->entry ? TOC_ERR_PART_LOAD : TOC_OK;

	if (pt->load_addr % TOC_LOAD_ALIGN || pt->load_addr < TOC_LOAD_MIN ||
	    pt->load_addr >= TOC_LOAD_END)
		return TOC_ERR_PART_LOAD;
	if (pt->mem_size < pt->size ||
	    pt->mem_size > TOC_LOAD_END - pt->load_addr)
		return TOC_ERR_PART_LOAD;
	/* An entry point must be an instruction among the loaded bytes. */
	if (pt->entry && (pt->entry % 4 || pt->entry < pt->load_addr ||
			  pt->entry - pt->load_addr >= pt->size))
		return TOC_ERR_PART_LOAD;
	return TOC_OK;
}

static int check_parts(struct toc *toc, uint32_t rom_size)
{
	struct toc_part pt;
	uint32_t i, stage = TOC_NO_INDEX;
	int err;

	for (i = 0; i < toc->part_count; i++) {
		toc->err_index = i;
		if (!string_ok(toc, toc_rd32(part_rec(toc, i) + TOC_P_NAME)))
			return TOC_ERR_STRING;
		toc_get_part(toc, i, &pt);
		if (pt.type == 0 || pt.type > TOC_PART_TYPE_MAX)
			return TOC_ERR_PART_TYPE;
		err = check_part_range(&pt, rom_size);
		if (!err)
			err = check_part_load(&pt);
		if (err)
			return err;
		if (pt.type == TOC_PART_STAGE) {
			if (stage != TOC_NO_INDEX)
				return TOC_ERR_STAGE;	/* a second one */
			stage = i;
		}
	}

	toc->err_index = stage;
	if (stage == TOC_NO_INDEX)
		return TOC_ERR_STAGE;
	toc_get_part(toc, stage, &pt);
	if (pt.rom_offset != TOC_ROM_STAGE_OFFSET ||
	    pt.size != toc->stage_size || pt.size == 0 ||
	    pt.size > TOC_ROM_STAGE_MAX || !pt.load_addr)
		return TOC_ERR_STAGE;
	return TOC_OK;
}

/* Index @idx must be TOC_NO_PART (if @optional) or a part of @type; with
 * @need_entry the part must also be executable. */
static int part_is(const struct toc *toc, uint16_t idx, uint32_t type,
		   int optional, int need_entry)
{
	struct toc_part pt;

	if (idx == TOC_NO_PART)
		return optional;
	if (idx >= toc->part_count)
		return 0;
	toc_get_part(toc, idx, &pt);
	return pt.type == type && (!need_entry || pt.entry);
}

static int check_entry_parts(const struct toc *toc, const struct toc_entry *e)
{
	int ok;

	if (!part_is(toc, e->icon_part, TOC_PART_ICON, 1, 0))
		return 0;
	switch (e->kind) {
	case TOC_ENTRY_LINUX:
		ok = part_is(toc, e->main_part, TOC_PART_KERNEL, 0, 1) &&
		     part_is(toc, e->initramfs_part, TOC_PART_INITRAMFS,
			     1, 0) &&
		     part_is(toc, e->cartfs_part, TOC_PART_CARTFS, 1, 0);
		break;
	case TOC_ENTRY_PAYLOAD:
		ok = part_is(toc, e->main_part, TOC_PART_PAYLOAD, 0, 1) &&
		     e->initramfs_part == TOC_NO_PART &&
		     e->cartfs_part == TOC_NO_PART;
		break;
	default: /* SYSINFO: the menu itself, nothing to load */
		ok = e->main_part == TOC_NO_PART &&
		     e->initramfs_part == TOC_NO_PART &&
		     e->cartfs_part == TOC_NO_PART;
		break;
	}
	return ok;
}

static int check_entries(struct toc *toc)
{
	struct toc_entry e;
	const uint8_t *rec;
	uint32_t i, f;

	for (i = 0; i < toc->entry_count; i++) {
		toc->err_index = i;
		rec = entry_rec(toc, i);
		e.kind = toc_rd32(rec + TOC_E_KIND);
		if (e.kind == 0 || e.kind > TOC_ENTRY_KIND_MAX)
			return TOC_ERR_ENTRY_KIND;
		for (f = TOC_E_ID; f <= TOC_E_CMDLINE; f += 4)
			if (!string_ok(toc, toc_rd32(rec + f)))
				return TOC_ERR_STRING;
		toc_get_entry(toc, i, &e);
		if (!check_entry_parts(toc, &e))
			return TOC_ERR_ENTRY_PART;
	}
	return TOC_OK;
}

/* Field by field: a struct assignment may become a memset() call, and the
 * boot menu has no libc to provide one. */
static void clear_toc(struct toc *toc, const void *buf)
{
	uint32_t i;

	toc->base = buf;
	toc->size = toc->part_count = toc->entry_count = 0;
	toc->strings_offset = toc->stage_size = 0;
	for (i = 0; i <= TOC_BUILD_ID_LEN; i++)
		toc->build_id[i] = 0;
	toc->crc_expected = toc->crc_got = 0;
	toc->err_index = TOC_NO_INDEX;
}

int toc_parse(struct toc *toc, const void *buf, uint32_t len, uint32_t rom_size)
{
	int err;

	clear_toc(toc, buf);
	err = check_header(toc, buf, len);
	if (!err)
		err = check_parts(toc, rom_size);
	if (!err)
		err = check_entries(toc);
	if (!err)
		toc->err_index = TOC_NO_INDEX;
	return err;
}

void toc_get_part(const struct toc *toc, uint32_t i, struct toc_part *out)
{
	const uint8_t *rec;

	if (i >= toc->part_count) {
		out->type = out->rom_offset = out->size = out->load_addr = 0;
		out->mem_size = out->entry = out->crc32 = 0;
		out->name = empty_string;
		return;
	}
	rec = part_rec(toc, i);
	out->type = toc_rd32(rec + TOC_P_TYPE);
	out->rom_offset = toc_rd32(rec + TOC_P_ROM_OFFSET);
	out->size = toc_rd32(rec + TOC_P_SIZE);
	out->load_addr = toc_rd32(rec + TOC_P_LOAD_ADDR);
	out->mem_size = toc_rd32(rec + TOC_P_MEM_SIZE);
	out->entry = toc_rd32(rec + TOC_P_ENTRY);
	out->crc32 = toc_rd32(rec + TOC_P_CRC32);
	out->name = string_at(toc, toc_rd32(rec + TOC_P_NAME));
}

void toc_get_entry(const struct toc *toc, uint32_t i, struct toc_entry *out)
{
	const uint8_t *rec;

	if (i >= toc->entry_count) {
		out->kind = out->flags = 0;
		out->main_part = out->initramfs_part = TOC_NO_PART;
		out->cartfs_part = out->icon_part = TOC_NO_PART;
		out->id = out->title = empty_string;
		out->description = out->cmdline = empty_string;
		return;
	}
	rec = entry_rec(toc, i);
	out->kind = toc_rd32(rec + TOC_E_KIND);
	out->flags = toc_rd32(rec + TOC_E_FLAGS);
	out->main_part = toc_rd16(rec + TOC_E_MAIN_PART);
	out->initramfs_part = toc_rd16(rec + TOC_E_INITRAMFS_PART);
	out->cartfs_part = toc_rd16(rec + TOC_E_CARTFS_PART);
	out->icon_part = toc_rd16(rec + TOC_E_ICON_PART);
	out->id = string_at(toc, toc_rd32(rec + TOC_E_ID));
	out->title = string_at(toc, toc_rd32(rec + TOC_E_TITLE));
	out->description = string_at(toc, toc_rd32(rec + TOC_E_DESCRIPTION));
	out->cmdline = string_at(toc, toc_rd32(rec + TOC_E_CMDLINE));
}

int toc_find_default(const struct toc *toc)
{
	uint32_t i;

	for (i = 0; i < toc->entry_count; i++)
		if (toc_rd32(entry_rec(toc, i) + TOC_E_FLAGS) &
		    TOC_ENTRY_F_DEFAULT)
			return (int)i;
	return toc->entry_count ? 0 : -1;
}

static const char *const error_text[TOC_ERR_COUNT][2] = {
	[TOC_OK] = { "ok", "no error" },
	[TOC_ERR_TRUNCATED] = { "toc-truncated", "table truncated" },
	[TOC_ERR_MAGIC] = { "toc-magic", "no table (bad magic)" },
	[TOC_ERR_VERSION] = { "toc-version", "unsupported table version" },
	[TOC_ERR_SIZE] = { "toc-size", "table size out of bounds" },
	[TOC_ERR_CHECKSUM] = { "toc-checksum", "table checksum mismatch" },
	[TOC_ERR_TABLES] = { "toc-tables", "part/entry tables overrun" },
	[TOC_ERR_STRING] = { "toc-string", "bad string offset" },
	[TOC_ERR_PART_TYPE] = { "toc-part-type", "unknown part type" },
	[TOC_ERR_PART_RANGE] = { "toc-part-range", "part outside the ROM" },
	[TOC_ERR_PART_LOAD] = { "toc-part-load", "bad part load range" },
	[TOC_ERR_STAGE] = { "toc-stage", "bad or missing stage part" },
	[TOC_ERR_ENTRY_KIND] = { "toc-entry-kind", "unknown entry kind" },
	[TOC_ERR_ENTRY_PART] = { "toc-entry-part", "entry names a wrong part" },
};

const char *toc_strerror(int err)
{
	if (err < 0 || err >= TOC_ERR_COUNT)
		return "unknown error";
	return error_text[err][1];
}

const char *toc_errname(int err)
{
	if (err < 0 || err >= TOC_ERR_COUNT)
		return "toc-unknown";
	return error_text[err][0];
}
