/* SPDX-License-Identifier: MIT */
/*
 * rom.c - load the parts, lay out the ROM, write TOC, header and checksum.
 *
 * The layout rules and the TOC format come from bootmenu/toc.h, and the
 * finished TOC is run through the boot menu's own toc_parse(): a ROM that
 * mkrom writes is one the menu accepts.  The checks in this file exist to
 * give the user a message with a manifest line before that point.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../bootmenu/crc32.h"
#include "../../bootmenu/toc.h"
#include "../ipl3sum/ipl3sum.h"
#include "mkrom.h"

/* N64 header values (docs/rom-layout.md). */
#define ROM_PI_CONFIG	0x80371240u	/* PI bus timing the PIF reads first */
#define ROM_CLOCK	0x0000000Fu
#define ROM_NAME	"LIN64"
#define ROM_MEDIA	'N'		/* 0x3B: cartridge */
#define ROM_ED_ID0	'E'		/* 0x3C-0x3D: "ED" homebrew header */
#define ROM_ED_ID1	'D'
#define ROM_REGION	'E'		/* 0x3E */
#define ROM_ED_FLAGS	0x12u		/* 0x3F: EEPROM 4K save, region-free */

#define MAX_PART_FILE	(512u << 20)

/* CIC-6102: the PIF gives IPL3 the seed byte 0x3F, which IPL3 multiplies
 * by 0x5D588B65 and increments: 0x3F * 0x5D588B65 + 1 = 0xF8CA4DDC. */
#define CIC6102_SEED	0xF8CA4DDCu

static const char *const type_name[TOC_PART_TYPE_MAX + 1] = {
	"?", "stage", "kernel", "initramfs", "cartfs", "payload", "icon",
};

static uint64_t align_up(uint64_t v, uint32_t a)
{
	return (v + a - 1) / a * a;
}

/* ---- loading ------------------------------------------------------------ */

static int load_elf(const struct mkrom_manifest *m, struct mkrom_part *pt,
		    const uint8_t *buf, size_t len, struct mkrom_error *err)
{
	struct mkrom_error why;

	if (pt->type != TOC_PART_STAGE && pt->type != TOC_PART_KERNEL &&
	    pt->type != TOC_PART_PAYLOAD)
		return mkrom_fail(err, "%s:%u: %s: ELF files are only for"
				  " stage, kernel and payload parts, not %s",
				  m->path, pt->line, pt->path,
				  type_name[pt->type]);
	if (pt->has_load || pt->has_entry)
		return mkrom_fail(err, "%s:%u: %s is an ELF file: its addresses"
				  " come from it, drop load= and entry=",
				  m->path, pt->line, pt->path);
	if (mkrom_elf_flatten(buf, len, &pt->img, &why))
		return mkrom_fail(err, "%s:%u: %s: %s", m->path, pt->line,
				  pt->path, why.msg);
	return 0;
}

static int load_raw(const struct mkrom_manifest *m, struct mkrom_part *pt,
		    uint8_t *buf, size_t len, struct mkrom_error *err)
{
	struct mkrom_image *img = &pt->img;

	if (pt->has_entry && !pt->has_load)
		return mkrom_fail(err, "%s:%u: entry= needs load=", m->path,
				  pt->line);
	img->data = buf;
	img->size = (uint32_t)len;
	img->load_addr = pt->has_load ? pt->load : 0;
	img->entry = pt->has_entry ? pt->entry : 0;
	/* The stage is entered at its first byte. */
	if (pt->type == TOC_PART_STAGE && !pt->has_entry)
		img->entry = img->load_addr;
	/* A cartfs is served from the ROM and never copied to RAM. */
	img->mem_size = pt->type == TOC_PART_CARTFS ? 0 : img->size;
	return 0;
}

static int check_stage(const struct mkrom_manifest *m,
		       const struct mkrom_part *pt, struct mkrom_error *err)
{
	const struct mkrom_image *img = &pt->img;

	if (img->size == 0)
		return mkrom_fail(err, "%s:%u: stage '%s' is empty", m->path,
				  pt->line, pt->name);
	if (img->size > TOC_ROM_STAGE_MAX)
		return mkrom_fail(err, "%s:%u: stage '%s' is %u bytes, more"
				  " than 1 MiB", m->path, pt->line, pt->name,
				  img->size);
	if (!img->load_addr)
		return mkrom_fail(err, "%s:%u: stage '%s' needs load= (or an"
				  " ELF file)", m->path, pt->line, pt->name);
	if (img->entry != img->load_addr)
		return mkrom_fail(err, "%s:%u: stage '%s': entry 0x%08x is not"
				  " its load address 0x%08x (the boot code"
				  " jumps to the first byte)", m->path,
				  pt->line, pt->name, img->entry,
				  img->load_addr);
	return 0;
}

/* Same rules as toc.c's check_part_load(), with a line number. */
static int check_addresses(const struct mkrom_manifest *m,
			   const struct mkrom_part *pt, struct mkrom_error *err)
{
	const struct mkrom_image *img = &pt->img;
	uint64_t end = (uint64_t)img->load_addr + img->mem_size;

	if (!img->load_addr)
		return 0;
	if (img->load_addr % TOC_LOAD_ALIGN)
		return mkrom_fail(err, "%s:%u: part '%s': load address 0x%08x"
				  " is not a multiple of %u", m->path,
				  pt->line, pt->name, img->load_addr,
				  TOC_LOAD_ALIGN);
	if (img->load_addr < TOC_LOAD_MIN || end > TOC_LOAD_END)
		return mkrom_fail(err, "%s:%u: part '%s' would load to"
				  " 0x%08x-0x%08llx, outside 0x%08x-0x%08x",
				  m->path, pt->line, pt->name, img->load_addr,
				  (unsigned long long)end, TOC_LOAD_MIN,
				  TOC_LOAD_END);
	if (img->entry && (img->entry % 4 || img->entry < img->load_addr ||
			   img->entry - img->load_addr >= img->size))
		return mkrom_fail(err, "%s:%u: part '%s': entry 0x%08x is not"
				  " an instruction in its bytes 0x%08x-0x%08llx",
				  m->path, pt->line, pt->name, img->entry,
				  img->load_addr,
				  (unsigned long long)img->load_addr + img->size);
	return 0;
}

/* The stage copies each part into place while it runs: no part may land
 * on the stage's own code, data or bss.  Payloads may: the stage hands
 * their loading to a trampoline in SP IMEM (bootmenu/trampoline.S). */
static int check_stage_overlap(const struct mkrom_manifest *m,
			       struct mkrom_error *err)
{
	const struct mkrom_image *s = &m->parts[m->stage].img;
	uint64_t s_end = (uint64_t)s->load_addr + s->mem_size, end;
	const struct mkrom_part *pt;
	uint32_t i;

	for (i = 0; i < m->part_count; i++) {
		pt = &m->parts[i];
		end = (uint64_t)pt->img.load_addr + pt->img.mem_size;
		if (i == m->stage || !pt->img.load_addr ||
		    pt->type == TOC_PART_PAYLOAD)
			continue;
		if (pt->img.load_addr < s_end && s->load_addr < end)
			return mkrom_fail(err, "%s:%u: part '%s' loads to"
					  " 0x%08x-0x%08llx, over the stage at"
					  " 0x%08x-0x%08llx (the stage would"
					  " be overwritten while loading it)",
					  m->path, pt->line, pt->name,
					  pt->img.load_addr,
					  (unsigned long long)end, s->load_addr,
					  (unsigned long long)s_end);
	}
	return 0;
}

static int check_entry_points(const struct mkrom_manifest *m,
			      struct mkrom_error *err)
{
	const struct mkrom_entry *e;
	const struct mkrom_part *pt;
	uint32_t i;

	for (i = 0; i < m->entry_count; i++) {
		e = &m->entries[i];
		if (e->main_part == TOC_NO_PART)
			continue;
		pt = &m->parts[e->main_part];
		if (!pt->img.entry)
			return mkrom_fail(err, "%s:%u: entry '%s': %s part '%s'"
					  " has no entry address (give load="
					  " and entry=, or use an ELF file)",
					  m->path, e->line, e->id,
					  type_name[pt->type], pt->name);
	}
	return 0;
}

static int load_part(const struct mkrom_manifest *m, struct mkrom_part *pt,
		     struct mkrom_error *err)
{
	struct mkrom_error why;
	uint8_t *buf;
	size_t len;
	int rc;

	/* An ELF file with debug info (vmlinux) can be far larger than the
	 * image it holds; raw files are held to the ROM limit by plan(). */
	if (mkrom_read_file(pt->path, MAX_PART_FILE, &buf, &len, &why))
		return mkrom_fail(err, "%s:%u: %s", m->path, pt->line, why.msg);
	if (mkrom_is_elf(buf, len)) {
		rc = load_elf(m, pt, buf, len, err);
		free(buf);
	} else {
		rc = load_raw(m, pt, buf, len, err);
		if (rc)
			free(buf);
	}
	if (rc)
		return rc;
	if (pt->type == TOC_PART_STAGE && check_stage(m, pt, err))
		return -1;
	return check_addresses(m, pt, err);
}

int mkrom_load_parts(struct mkrom_manifest *m, struct mkrom_error *err)
{
	uint32_t i;

	for (i = 0; i < m->part_count; i++)
		if (load_part(m, &m->parts[i], err))
			return -1;
	if (check_stage_overlap(m, err))
		return -1;
	return check_entry_points(m, err);
}

/* ---- the CIC-6102 checksum ---------------------------------------------- */

static uint32_t rotl(uint32_t v, uint32_t n)
{
	return v << n | v >> ((32 - n) & 31);	/* n == 0 gives v */
}

/*
 * IPL3 sums the first MiB after itself before jumping to the game, and the
 * result must match header words 0x10/0x14.  Six accumulators, all
 * starting at the seed, are fed each big-endian word d:
 *   sum      += d, and carries counts the times that wrapped
 *   xor_all  ^= d
 *   rot_sum  += d rotated left by its own low five bits
 *   mix      ^= (sum ^ d) when mix < d, else the rotated word
 *   acc      += rot_sum ^ d
 */
void mkrom_cic6102(const uint8_t *rom, uint32_t *crc1, uint32_t *crc2)
{
	uint32_t sum = CIC6102_SEED, carries = CIC6102_SEED;
	uint32_t xor_all = CIC6102_SEED, rot_sum = CIC6102_SEED;
	uint32_t mix = CIC6102_SEED, acc = CIC6102_SEED;
	uint32_t off, d, r;

	for (off = TOC_ROM_STAGE_OFFSET; off < TOC_ROM_MIN_SIZE; off += 4) {
		d = toc_rd32(rom + off);
		sum += d;
		if (sum < d)
			carries++;
		xor_all ^= d;
		r = rotl(d, d & 31);
		rot_sum += r;
		mix ^= mix < d ? sum ^ d : r;
		acc += rot_sum ^ d;
	}
	*crc1 = sum ^ carries ^ xor_all;
	*crc2 = rot_sum ^ mix ^ acc;
}

/* ---- building ----------------------------------------------------------- */

struct strtab {
	char *buf;
	uint32_t len;
};

/* Adds @s (shared with an equal string or the tail of a longer one, which
 * is just as NUL-terminated) and returns its offset. */
static uint32_t strtab_add(struct strtab *t, const char *s)
{
	size_t n = strlen(s) + 1;
	uint32_t off;

	for (off = 0; off + n <= t->len; off++)
		if (!memcmp(t->buf + off, s, n))
			return off;
	t->buf = mkrom_xrealloc(t->buf, t->len + n);
	memcpy(t->buf + t->len, s, n);
	off = t->len;
	t->len += (uint32_t)n;
	return off;
}

/* Where each part goes and how many ROM bytes it takes. */
struct layout {
	uint32_t *offset, *size;
	uint32_t toc_offset, toc_size, rom_size;
};

static int plan(const struct mkrom_manifest *m, uint32_t strings_len,
		struct layout *lo, struct mkrom_error *err)
{
	uint64_t toc_size, cursor, total, size;
	const struct mkrom_part *pt;
	uint32_t i;
	int cartfs;

	toc_size = TOC_HEADER_SIZE + (uint64_t)m->part_count * TOC_PART_SIZE +
		   (uint64_t)m->entry_count * TOC_ENTRY_SIZE + strings_len;
	if (toc_size > TOC_MAX_SIZE)
		return mkrom_fail(err, "%s: the table of contents would be"
				  " %llu bytes, more than 64 KiB", m->path,
				  (unsigned long long)toc_size);

	cursor = TOC_ROM_STAGE_OFFSET + (uint64_t)m->parts[m->stage].img.size;
	lo->toc_offset = (uint32_t)align_up(cursor, TOC_PART_ALIGN);
	lo->toc_size = (uint32_t)toc_size;
	cursor = lo->toc_offset + toc_size;

	for (i = 0; i < m->part_count; i++) {
		pt = &m->parts[i];
		if (i == m->stage) {
			lo->offset[i] = TOC_ROM_STAGE_OFFSET;
			lo->size[i] = pt->img.size;
			continue;
		}
		/* n64cart serves a cartfs in whole 4 KiB blocks */
		cartfs = pt->type == TOC_PART_CARTFS;
		cursor = align_up(cursor, cartfs ? TOC_CARTFS_ALIGN :
						   TOC_PART_ALIGN);
		size = cartfs ? align_up(pt->img.size, TOC_CARTFS_ALIGN) :
				pt->img.size;
		if (cursor + size > TOC_ROM_LIMIT) {
			cursor += size;	/* reported below */
			break;
		}
		lo->offset[i] = (uint32_t)cursor;
		lo->size[i] = (uint32_t)size;
		cursor += size;
	}

	total = align_up(cursor < TOC_ROM_MIN_SIZE ? TOC_ROM_MIN_SIZE : cursor,
			 TOC_ROM_SIZE_ALIGN);
	if (total > TOC_ROM_LIMIT)
		return mkrom_fail(err, "%s: the ROM would be at least %llu bytes,"
				  " more than the limit of %u (0x%x): the"
				  " IS-Viewer window at cart 0x13FF0000"
				  " overlays the rest", m->path,
				  (unsigned long long)total, TOC_ROM_LIMIT,
				  TOC_ROM_LIMIT);
	lo->rom_size = (uint32_t)total;
	return 0;
}

static void write_header(uint8_t *rom, uint32_t boot_addr, uint32_t toc_offset)
{
	uint32_t i;

	toc_wr32(rom + TOC_ROM_HDR_PI_CONFIG, ROM_PI_CONFIG);
	toc_wr32(rom + TOC_ROM_HDR_CLOCK, ROM_CLOCK);
	toc_wr32(rom + TOC_ROM_HDR_BOOT_ADDR, boot_addr);
	toc_wr32(rom + TOC_ROM_HDR_TOC, toc_offset);
	for (i = 0; i < TOC_ROM_NAME_LEN; i++)
		rom[TOC_ROM_HDR_NAME + i] =
			i < sizeof(ROM_NAME) - 1 ? (uint8_t)ROM_NAME[i] : ' ';
	rom[0x3B] = ROM_MEDIA;
	rom[0x3C] = ROM_ED_ID0;
	rom[0x3D] = ROM_ED_ID1;
	rom[0x3E] = ROM_REGION;
	rom[0x3F] = ROM_ED_FLAGS;
}

static void write_toc(const struct mkrom_manifest *m, const struct layout *lo,
		      const struct strtab *st, const uint32_t *part_name,
		      const uint32_t *entry_str, const char *build_id,
		      uint8_t *rom)
{
	uint8_t *t = rom + lo->toc_offset, *rec;
	uint32_t strings = TOC_HEADER_SIZE + m->part_count * TOC_PART_SIZE +
			   m->entry_count * TOC_ENTRY_SIZE;
	const struct mkrom_image *img;
	const struct mkrom_entry *e;
	uint32_t i;

	memcpy(t + TOC_H_MAGIC, TOC_MAGIC, TOC_MAGIC_LEN);
	toc_wr32(t + TOC_H_VERSION, TOC_VERSION);
	toc_wr32(t + TOC_H_SIZE, lo->toc_size);
	toc_wr32(t + TOC_H_PART_COUNT, m->part_count);
	toc_wr32(t + TOC_H_ENTRY_COUNT, m->entry_count);
	toc_wr32(t + TOC_H_STRINGS, strings);
	toc_wr32(t + TOC_H_STAGE_SIZE, m->parts[m->stage].img.size);
	memcpy(t + TOC_H_BUILD_ID, build_id, strlen(build_id));

	for (i = 0; i < m->part_count; i++) {
		rec = t + TOC_HEADER_SIZE + i * TOC_PART_SIZE;
		img = &m->parts[i].img;
		toc_wr32(rec + TOC_P_TYPE, m->parts[i].type);
		toc_wr32(rec + TOC_P_ROM_OFFSET, lo->offset[i]);
		toc_wr32(rec + TOC_P_SIZE, lo->size[i]);
		toc_wr32(rec + TOC_P_LOAD_ADDR, img->load_addr);
		toc_wr32(rec + TOC_P_MEM_SIZE, img->mem_size);
		toc_wr32(rec + TOC_P_ENTRY, img->entry);
		toc_wr32(rec + TOC_P_CRC32,
			 crc32(rom + lo->offset[i], lo->size[i]));
		toc_wr32(rec + TOC_P_NAME, part_name[i]);
	}
	for (i = 0; i < m->entry_count; i++) {
		rec = t + TOC_HEADER_SIZE + m->part_count * TOC_PART_SIZE +
		      i * TOC_ENTRY_SIZE;
		e = &m->entries[i];
		toc_wr32(rec + TOC_E_KIND, e->kind);
		toc_wr32(rec + TOC_E_FLAGS,
			 e->is_default ? TOC_ENTRY_F_DEFAULT : 0);
		toc_wr16(rec + TOC_E_MAIN_PART, e->main_part);
		toc_wr16(rec + TOC_E_INITRAMFS_PART, e->initramfs_part);
		toc_wr16(rec + TOC_E_CARTFS_PART, e->cartfs_part);
		toc_wr16(rec + TOC_E_ICON_PART, e->icon_part);
		toc_wr32(rec + TOC_E_ID, entry_str[4 * i + 0]);
		toc_wr32(rec + TOC_E_TITLE, entry_str[4 * i + 1]);
		toc_wr32(rec + TOC_E_DESCRIPTION, entry_str[4 * i + 2]);
		toc_wr32(rec + TOC_E_CMDLINE, entry_str[4 * i + 3]);
	}
	memcpy(t + strings, st->buf, st->len);
	toc_wr32(t + TOC_H_CRC32, toc_checksum(t, lo->toc_size));
}

/* Header, boot code and part bytes; the padding stays zero from calloc(). */
static void fill_rom(const struct mkrom_manifest *m, const struct layout *lo,
		     const uint8_t *ipl3, uint32_t ipl3_len, uint8_t *rom)
{
	const struct mkrom_image *img;
	uint32_t i;

	write_header(rom, m->parts[m->stage].img.load_addr, lo->toc_offset);
	if (ipl3_len)
		memcpy(rom + TOC_ROM_IPL3_OFFSET, ipl3, ipl3_len);
	for (i = 0; i < m->part_count; i++) {
		img = &m->parts[i].img;
		if (img->size)
			memcpy(rom + lo->offset[i], img->data, img->size);
	}
}

int mkrom_build(const struct mkrom_manifest *m, const uint8_t *ipl3,
		uint32_t ipl3_len, const char *build_id, struct mkrom_rom *rom,
		struct mkrom_error *err)
{
	struct strtab st = { NULL, 0 };
	struct layout lo = { 0 };
	uint32_t *part_name, *entry_str, i, crc1, crc2;
	struct toc toc;
	int rc = -1, terr;

	memset(rom, 0, sizeof(*rom));
	if (!build_id)
		build_id = "";
	if (strlen(build_id) > TOC_BUILD_ID_LEN)
		return mkrom_fail(err, "build id '%s' is longer than %u bytes",
				  build_id, TOC_BUILD_ID_LEN);
	if (ipl3_len > TOC_ROM_IPL3_MAX)
		return mkrom_fail(err, "boot code is %u bytes, more than %u",
				  ipl3_len, TOC_ROM_IPL3_MAX);

	part_name = mkrom_xrealloc(NULL, m->part_count * sizeof(uint32_t));
	entry_str = mkrom_xrealloc(NULL, 4 * m->entry_count * sizeof(uint32_t));
	lo.offset = mkrom_xrealloc(NULL, m->part_count * sizeof(uint32_t));
	lo.size = mkrom_xrealloc(NULL, m->part_count * sizeof(uint32_t));

	strtab_add(&st, "");	/* offset 0 is always the empty string */
	for (i = 0; i < m->part_count; i++)
		part_name[i] = strtab_add(&st, m->parts[i].name);
	for (i = 0; i < m->entry_count; i++) {
		entry_str[4 * i + 0] = strtab_add(&st, m->entries[i].id);
		entry_str[4 * i + 1] = strtab_add(&st, m->entries[i].title);
		entry_str[4 * i + 2] = strtab_add(&st, m->entries[i].desc);
		entry_str[4 * i + 3] = strtab_add(&st, m->entries[i].cmdline);
	}

	if (plan(m, st.len, &lo, err))
		goto out;
	rom->data = calloc(1, lo.rom_size);
	if (!rom->data) {
		mkrom_fail(err, "out of memory for a %u-byte ROM", lo.rom_size);
		goto out;
	}
	/* In dependency order: part CRCs cover the part bytes, the TOC
	 * CRC covers the part CRCs, the CIC checksum covers the TOC. */
	fill_rom(m, &lo, ipl3, ipl3_len, rom->data);
	write_toc(m, &lo, &st, part_name, entry_str, build_id, rom->data);
	mkrom_cic6102(rom->data, &crc1, &crc2);
	toc_wr32(rom->data + TOC_ROM_HDR_CRC1, crc1);
	toc_wr32(rom->data + TOC_ROM_HDR_CRC2, crc2);

	terr = toc_parse(&toc, rom->data + lo.toc_offset, lo.toc_size,
			 lo.rom_size);
	if (terr) {
		mkrom_fail(err, "%s: internal error: the TOC written fails the"
			   " boot menu's check: %s (index %u)", m->path,
			   toc_strerror(terr), toc.err_index);
		goto out;
	}
	rom->size = lo.rom_size;
	rom->toc_offset = lo.toc_offset;
	rom->toc_size = lo.toc_size;
	rom->part_count = m->part_count;
	rom->entry_count = m->entry_count;
	rc = 0;
out:
	if (rc)
		mkrom_rom_free(rom);
	free(st.buf);
	free(part_name);
	free(entry_str);
	free(lo.offset);
	free(lo.size);
	return rc;
}

void mkrom_rom_free(struct mkrom_rom *rom)
{
	free(rom->data);
	memset(rom, 0, sizeof(*rom));
}

/* ---- output ------------------------------------------------------------- */

int mkrom_write_file(const char *path, const uint8_t *data, size_t len,
		     struct mkrom_error *err)
{
	char *tmp = mkrom_xrealloc(NULL, strlen(path) + sizeof(".XXXXXX"));
	size_t done = 0;
	ssize_t n;
	int fd, e;

	strcpy(tmp, path);
	strcat(tmp, ".XXXXXX");
	fd = mkstemp(tmp);
	if (fd < 0) {
		e = errno;
		free(tmp);
		return mkrom_fail(err, "%s: cannot create a temporary file: %s",
				  path, strerror(e));
	}
	/* mkstemp() makes it 0600; a ROM is an ordinary build output. */
	if (fchmod(fd, 0644))
		goto fail;
	while (done < len) {
		n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto fail;
		done += (size_t)n;
	}
	if (close(fd)) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path))
		goto fail;
	free(tmp);
	return 0;
fail:
	e = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return mkrom_fail(err, "%s: %s", path, strerror(e ? e : EIO));
}

/* ---- the whole job ------------------------------------------------------ */

/*
 * The boot code comes as a raw file of at most 4032 bytes, or inside a
 * big-endian ROM (another build's .z64), whose bytes 0x40-0xFFF are taken.
 */
static int load_boot_code(const char *path, uint8_t **code, size_t *len,
			  struct mkrom_error *err)
{
	uint8_t boot[IPL3SUM_BOOT_SIZE];
	enum ipl3sum_input kind;
	char why[256];

	if (!ipl3sum_load(path, boot, &kind, why, sizeof(why))) {
		*code = malloc(sizeof(boot));
		if (!*code)
			return mkrom_fail(err, "%s: out of memory", path);
		memcpy(*code, boot, sizeof(boot));
		*len = sizeof(boot);
		return 0;
	}
	if (kind == IPL3SUM_INPUT_SWAPPED || kind == IPL3SUM_INPUT_SHORT_ROM)
		return mkrom_fail(err, "%s: %s", path, why);
	if (mkrom_read_file(path, 1u << 20, code, len, err))
		return -1;
	if (*len > TOC_ROM_IPL3_MAX) {
		free(*code);
		*code = NULL;
		return mkrom_fail(err, "%s: boot code is %zu bytes, more than %u"
				  " (and not an N64 ROM)", path, *len,
				  TOC_ROM_IPL3_MAX);
	}
	return 0;
}

int mkrom_make(const struct mkrom_options *opt, struct mkrom_rom *rom,
	       struct mkrom_error *err)
{
	struct mkrom_manifest m;
	uint8_t *ipl3 = NULL;
	size_t ipl3_len = 0;
	int rc = -1;

	memset(rom, 0, sizeof(*rom));
	if (opt->build_id && strlen(opt->build_id) > TOC_BUILD_ID_LEN)
		return mkrom_fail(err, "--build-id: '%s' is longer than %u bytes",
				  opt->build_id, TOC_BUILD_ID_LEN);
	if (opt->ipl3 && load_boot_code(opt->ipl3, &ipl3, &ipl3_len, err))
		return -1;
	if (mkrom_manifest_load(&m, opt->manifest, err)) {
		free(ipl3);
		return -1;
	}
	if (!mkrom_load_parts(&m, err) &&
	    !mkrom_build(&m, ipl3, (uint32_t)ipl3_len, opt->build_id, rom,
			 err) &&
	    !mkrom_write_file(opt->output, rom->data, rom->size, err))
		rc = 0;
	if (rc)
		mkrom_rom_free(rom);
	mkrom_manifest_free(&m);
	free(ipl3);
	return rc;
}
