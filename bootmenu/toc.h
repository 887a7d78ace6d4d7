/* SPDX-License-Identifier: MIT */
/**
 * @file toc.h
 * @brief The Lin64 ROM table of contents (TOC): layout and parser.
 *
 * One definition of the format, shared by the host tool that writes it
 * (tools/mkrom), the unit tests, the fuzz target and the bare-metal boot
 * menu that reads it.  docs/rom-layout.md is the prose contract; the
 * constants here are the numbers.
 *
 * All multi-byte fields are big-endian in the ROM and are read byte by
 * byte, so the code runs on any host.  It is freestanding: it needs only
 * <stdint.h> and <stddef.h>, allocates nothing and never writes to the TOC.
 *
 * toc_parse() checks everything up front: once it has returned TOC_OK,
 * toc_get_part() and toc_get_entry() cannot fail, every string they return
 * is NUL-terminated inside the TOC, every part index in an entry names a
 * part of the right type and every part lies inside the ROM.  Whether a
 * part fits the RAM the machine actually has is left to the caller.
 */
#ifndef LIN64_TOC_H
#define LIN64_TOC_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------- */
/* ROM layout                                                             */
/* ---------------------------------------------------------------------- */

#define TOC_ROM_HEADER_SIZE	0x40u		/**< N64 ROM header */
#define TOC_ROM_HDR_PI_CONFIG	0x00u		/**< header word: 0x80371240 */
#define TOC_ROM_HDR_CLOCK	0x04u		/**< header word: 0x0000000F */
#define TOC_ROM_HDR_BOOT_ADDR	0x08u		/**< header word: stage load/entry address */
#define TOC_ROM_HDR_CRC1	0x10u		/**< header word: CIC-6102 checksum 1 */
#define TOC_ROM_HDR_CRC2	0x14u		/**< header word: CIC-6102 checksum 2 */
#define TOC_ROM_HDR_TOC		0x18u		/**< header word: ROM offset of the TOC */
#define TOC_ROM_HDR_NAME	0x20u		/**< 20 bytes, space padded */
#define TOC_ROM_NAME_LEN	20u
#define TOC_ROM_IPL3_OFFSET	0x40u		/**< boot code (IPL3) */
#define TOC_ROM_IPL3_MAX	0xFC0u		/**< 4032 bytes of boot code */
#define TOC_ROM_STAGE_OFFSET	0x1000u		/**< the boot stage image */
#define TOC_ROM_STAGE_MAX	0x100000u	/**< at most 1 MiB */
#define TOC_ROM_MIN_SIZE	0x101000u	/**< the CIC checksum covers up to here */
#define TOC_ROM_SIZE_ALIGN	0x1000u		/**< ROM file size multiple */
#define TOC_ROM_LIMIT		0x3FF0000u	/**< IS-Viewer window at cart 0x13FF0000 */
#define TOC_PART_ALIGN		16u		/**< ROM alignment of every part */
#define TOC_CARTFS_ALIGN	0x1000u		/**< ROM alignment and size unit of CARTFS */

/** Lowest address a part may be loaded to: below it sit the exception vectors. */
#define TOC_LOAD_MIN		0x80000400u
/** End of the loadable window: KSEG0 over 8 MiB of RDRAM (Expansion Pak). */
#define TOC_LOAD_END		0x80800000u
/** Load addresses are multiples of this (PI DMA into RDRAM wants 8 bytes). */
#define TOC_LOAD_ALIGN		8u

/* ---------------------------------------------------------------------- */
/* TOC layout                                                             */
/* ---------------------------------------------------------------------- */

#define TOC_MAGIC		"LIN64TOC"	/**< 8 bytes, no NUL in the ROM */
#define TOC_MAGIC_LEN		8u
#define TOC_VERSION		1u
#define TOC_HEADER_SIZE		64u
#define TOC_PART_SIZE		32u
#define TOC_ENTRY_SIZE		32u
#define TOC_MAX_SIZE		0x10000u	/**< toc_size may not exceed 64 KiB */
#define TOC_BUILD_ID_LEN	24u

/* Header fields (offsets from the TOC start). */
#define TOC_H_MAGIC		0x00u
#define TOC_H_VERSION		0x08u
#define TOC_H_SIZE		0x0Cu
#define TOC_H_CRC32		0x10u
#define TOC_H_PART_COUNT	0x14u
#define TOC_H_ENTRY_COUNT	0x18u
#define TOC_H_STRINGS		0x1Cu
#define TOC_H_STAGE_SIZE	0x20u
#define TOC_H_RESERVED		0x24u
#define TOC_H_BUILD_ID		0x28u

/* Part record fields (offsets from the record start). */
#define TOC_P_TYPE		0x00u
#define TOC_P_ROM_OFFSET	0x04u
#define TOC_P_SIZE		0x08u
#define TOC_P_LOAD_ADDR		0x0Cu
#define TOC_P_MEM_SIZE		0x10u
#define TOC_P_ENTRY		0x14u
#define TOC_P_CRC32		0x18u
#define TOC_P_NAME		0x1Cu

/* Entry record fields (offsets from the record start). */
#define TOC_E_KIND		0x00u
#define TOC_E_FLAGS		0x04u
#define TOC_E_MAIN_PART		0x08u	/* u16 */
#define TOC_E_INITRAMFS_PART	0x0Au	/* u16 */
#define TOC_E_CARTFS_PART	0x0Cu	/* u16 */
#define TOC_E_ICON_PART		0x0Eu	/* u16 */
#define TOC_E_ID		0x10u
#define TOC_E_TITLE		0x14u
#define TOC_E_DESCRIPTION	0x18u
#define TOC_E_CMDLINE		0x1Cu

/** Part types. */
enum toc_part_type {
	TOC_PART_STAGE = 1,	/**< the boot stage at ROM 0x1000 */
	TOC_PART_KERNEL = 2,	/**< a Linux kernel image */
	TOC_PART_INITRAMFS = 3,	/**< a (compressed) cpio initramfs */
	TOC_PART_CARTFS = 4,	/**< a filesystem read in place by n64cart */
	TOC_PART_PAYLOAD = 5,	/**< a bare-metal program */
	TOC_PART_ICON = 6,	/**< a menu icon */
};
#define TOC_PART_TYPE_MAX	6u

/** Entry kinds: what the menu does when the entry is chosen. */
enum toc_entry_kind {
	TOC_ENTRY_LINUX = 1,	/**< boot a kernel with a command line */
	TOC_ENTRY_PAYLOAD = 2,	/**< load a bare-metal program and jump to it */
	TOC_ENTRY_SYSINFO = 3,	/**< the menu's own information screen */
};
#define TOC_ENTRY_KIND_MAX	3u

#define TOC_ENTRY_F_DEFAULT	0x1u	/**< entry flag: boot this one by default */
#define TOC_NO_PART		0xFFFFu	/**< part index meaning "none" */

/* ---------------------------------------------------------------------- */
/* Parser                                                                 */
/* ---------------------------------------------------------------------- */

/** Why toc_parse() refused a TOC.  Each check has its own code. */
enum toc_error {
	TOC_OK = 0,
	TOC_ERR_TRUNCATED,	/**< fewer bytes than the header or toc_size */
	TOC_ERR_MAGIC,		/**< not "LIN64TOC" */
	TOC_ERR_VERSION,	/**< version is not TOC_VERSION */
	TOC_ERR_SIZE,		/**< toc_size below 64 or above 64 KiB */
	TOC_ERR_CHECKSUM,	/**< CRC-32 mismatch (see crc_expected/crc_got) */
	TOC_ERR_TABLES,		/**< tables overrun strings_offset, or it overruns toc_size */
	TOC_ERR_STRING,		/**< string table not NUL-terminated or offset outside it */
	TOC_ERR_PART_TYPE,	/**< unknown part type */
	TOC_ERR_PART_RANGE,	/**< part outside the ROM, below 0x1000 or misaligned */
	TOC_ERR_PART_LOAD,	/**< bad load_addr/mem_size/entry */
	TOC_ERR_STAGE,		/**< not exactly one STAGE part at 0x1000 of stage_size bytes */
	TOC_ERR_ENTRY_KIND,	/**< unknown entry kind */
	TOC_ERR_ENTRY_PART,	/**< entry part index out of range or of the wrong type */
	TOC_ERR_COUNT		/**< number of codes, not an error */
};

/** err_index value when the error is not about one part or entry. */
#define TOC_NO_INDEX		0xFFFFFFFFu

/** A validated TOC.  Points into the caller's buffer, which must outlive it. */
struct toc {
	const uint8_t *base;	/**< first byte of the TOC */
	uint32_t size;		/**< toc_size */
	uint32_t part_count;
	uint32_t entry_count;
	uint32_t strings_offset;
	uint32_t stage_size;	/**< bytes of stage image at ROM 0x1000 */
	char build_id[TOC_BUILD_ID_LEN + 1];	/**< NUL-terminated */
	/**
	 * Filled as soon as the header has been read: the CRC stored in the
	 * TOC and the one computed over it.  Equal after TOC_OK; differ after
	 * TOC_ERR_CHECKSUM; zero when parsing stopped before the CRC check.
	 */
	uint32_t crc_expected, crc_got;
	/** Part or entry index the error is about, else TOC_NO_INDEX. */
	uint32_t err_index;
};

/** One part, decoded. */
struct toc_part {
	uint32_t type;		/**< enum toc_part_type */
	uint32_t rom_offset;	/**< where the bytes are in the ROM */
	uint32_t size;		/**< bytes in the ROM */
	uint32_t load_addr;	/**< KSEG0 address, or 0 if not loaded by address */
	uint32_t mem_size;	/**< bytes once loaded, bss included; >= size or 0 */
	uint32_t entry;		/**< entry point, or 0 if not executable */
	uint32_t crc32;		/**< CRC-32 of the size bytes at rom_offset */
	const char *name;	/**< manifest name of the part */
};

/** One menu entry, decoded. */
struct toc_entry {
	uint32_t kind;		/**< enum toc_entry_kind */
	uint32_t flags;		/**< TOC_ENTRY_F_* */
	uint16_t main_part;	/**< KERNEL, PAYLOAD or TOC_NO_PART (SYSINFO) */
	uint16_t initramfs_part;	/**< INITRAMFS or TOC_NO_PART */
	uint16_t cartfs_part;	/**< CARTFS or TOC_NO_PART */
	uint16_t icon_part;	/**< ICON or TOC_NO_PART */
	const char *id;		/**< short stable name, e.g. "linux" */
	const char *title;	/**< menu line */
	const char *description;	/**< may be "" */
	const char *cmdline;	/**< kernel command line, may be "" */
};

/**
 * @brief Read a big-endian 32-bit word.
 * @param p  first of four bytes
 * @return   the value
 */
static inline uint32_t toc_rd32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

/**
 * @brief Read a big-endian 16-bit word.
 * @param p  first of two bytes
 * @return   the value
 */
static inline uint16_t toc_rd16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

/**
 * @brief Store a big-endian 32-bit word.
 * @param p  where the four bytes go
 * @param v  the value
 */
static inline void toc_wr32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

/**
 * @brief Store a big-endian 16-bit word.
 * @param p  where the two bytes go
 * @param v  the value
 */
static inline void toc_wr16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/**
 * @brief CRC-32 of a TOC as stored in its header.
 *
 * The CRC of the first @p size bytes at @p toc with the four bytes of the
 * crc32 field (TOC_H_CRC32) taken as zero, whatever they hold.  The writer
 * stores this value; toc_parse() compares against it.
 *
 * @param toc   TOC bytes, at least @p size of them
 * @param size  toc_size; must be at least TOC_HEADER_SIZE
 * @return      the CRC
 */
uint32_t toc_checksum(const uint8_t *toc, uint32_t size);

/**
 * @brief Validate a TOC and fill @p toc.
 *
 * Checks, in this order, each failure with its own code: the length
 * covers the header (TRUNCATED), magic, version, 64 <= toc_size <= 64 KiB
 * (SIZE), the length covers toc_size (TRUNCATED), CRC, part and entry
 * tables end by strings_offset which is <= toc_size (TABLES), the string
 * table ends in NUL (STRING); then for every part: name string (STRING),
 * type (PART_TYPE), ROM range (PART_RANGE), load range (PART_LOAD); then
 * the single stage part (STAGE); then for every entry: kind (ENTRY_KIND),
 * strings (STRING), part indexes (ENTRY_PART).  See docs/rom-layout.md for
 * the exact rules.
 *
 * @param toc       filled on success; on failure only crc_expected,
 *                  crc_got and err_index are meaningful
 * @param buf       the TOC bytes (read, never written; kept in toc->base)
 * @param len       bytes available at @p buf (may exceed toc_size)
 * @param rom_size  size of the ROM: every part must end at or below it
 *                  (and below TOC_ROM_LIMIT, whatever is passed)
 * @return          TOC_OK or a TOC_ERR_* code
 */
int toc_parse(struct toc *toc, const void *buf, uint32_t len, uint32_t rom_size);

/**
 * @brief Decode part @p i of a TOC that toc_parse() accepted.
 *
 * @param toc  parsed TOC
 * @param i    index below toc->part_count; anything else yields an
 *             all-zero part named ""
 * @param out  filled in
 */
void toc_get_part(const struct toc *toc, uint32_t i, struct toc_part *out);

/**
 * @brief Decode entry @p i of a TOC that toc_parse() accepted.
 *
 * @param toc  parsed TOC
 * @param i    index below toc->entry_count; anything else yields a zero
 *             entry with all parts TOC_NO_PART and empty strings
 * @param out  filled in
 */
void toc_get_entry(const struct toc *toc, uint32_t i, struct toc_entry *out);

/**
 * @brief The entry to boot when the user does not choose.
 *
 * @param toc  parsed TOC
 * @return     index of the first entry flagged TOC_ENTRY_F_DEFAULT, else 0
 *             when there are entries, else -1
 */
int toc_find_default(const struct toc *toc);

/**
 * @brief Short human text for an error code, e.g. "table checksum mismatch".
 *
 * @param err  TOC_OK or a TOC_ERR_* code (others give "unknown error")
 * @return     static string
 */
const char *toc_strerror(int err);

/**
 * @brief Stable token for an error code, for machine-readable messages.
 *
 * E.g. "toc-checksum", so the menu can print
 * "bootmenu: error toc-checksum expected=0x... got=0x...".
 *
 * @param err  TOC_OK ("ok") or a TOC_ERR_* code (others give "toc-unknown")
 * @return     static string
 */
const char *toc_errname(int err);

#endif
