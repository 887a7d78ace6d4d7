/* SPDX-License-Identifier: MIT */
/**
 * @file mkrom.h
 * @brief The pieces of the mkrom host tool, callable from tests.
 *
 * mkrom turns a manifest (a list of parts and menu entries) into a Lin64
 * N64 ROM: header, boot code, boot stage, table of contents (bootmenu/toc.h)
 * and parts.  The work is split so each step can be tested alone:
 *
 *  - manifest.c: text -> struct mkrom_manifest (syntax, names, references)
 *  - elf.c:      a MIPS ELF file -> one flat image (struct mkrom_image)
 *  - rom.c:      part files -> images, layout, TOC, N64 header and
 *                checksum, and the output file
 *  - util.c:     error messages and file reading
 *  - mkrom.c:    the command line
 *
 * Every function that can fail returns 0 on success and -1 on failure,
 * having put the whole message ("FILE:LINE: what is wrong", without the
 * "mkrom: " prefix) in a struct mkrom_error.
 */
#ifndef LIN64_MKROM_H
#define LIN64_MKROM_H

#include <stddef.h>
#include <stdint.h>

/** Room for one error message. */
struct mkrom_error {
	char msg[1024];
};

/** A flattened program or a raw file, ready to go into the ROM. */
struct mkrom_image {
	uint8_t *data;		/**< size bytes, malloc()ed (NULL when size is 0) */
	uint32_t size;		/**< bytes of data (file-backed) */
	uint32_t load_addr;	/**< where it goes, 0 if not loaded by address */
	uint32_t mem_size;	/**< bytes occupied once loaded, bss included */
	uint32_t entry;		/**< entry point, 0 if none */
};

/** One `part` line of a manifest. */
struct mkrom_part {
	char *name;		/**< unique part name */
	char *path;		/**< file, relative to the current directory */
	uint32_t type;		/**< enum toc_part_type */
	unsigned line;		/**< manifest line, for messages */
	int has_load, has_entry;	/**< load=/entry= given */
	uint32_t load, entry;	/**< their values */
	struct mkrom_image img;	/**< filled by mkrom_load_parts() */
};

/** Which part references an entry line can make. */
enum mkrom_ref {
	MKROM_REF_KERNEL,
	MKROM_REF_INITRAMFS,
	MKROM_REF_CARTFS,
	MKROM_REF_PAYLOAD,
	MKROM_REF_ICON,
	MKROM_REF_COUNT
};

/** One `entry` line of a manifest. */
struct mkrom_entry {
	char *id;		/**< unique entry id */
	unsigned line;		/**< manifest line, for messages */
	uint32_t kind;		/**< enum toc_entry_kind */
	int is_default;		/**< `default` given */
	char *title, *desc, *cmdline;	/**< never NULL after parsing ("" if absent) */
	char *ref[MKROM_REF_COUNT];	/**< part names as written, NULL if absent */
	/** Resolved part indexes (TOC_NO_PART for none), as the TOC stores them. */
	uint16_t main_part, initramfs_part, cartfs_part, icon_part;
};

/** A parsed manifest.  Parts and entries are in file order. */
struct mkrom_manifest {
	char *path;		/**< manifest file name, for messages */
	struct mkrom_part *parts;
	uint32_t part_count;
	struct mkrom_entry *entries;
	uint32_t entry_count;
	uint32_t stage;		/**< index of the one stage part */
};

/** A built ROM image in memory. */
struct mkrom_rom {
	uint8_t *data;		/**< malloc()ed */
	uint32_t size;		/**< bytes, a multiple of 4 KiB, >= 0x101000 */
	uint32_t toc_offset;	/**< ROM offset of the TOC */
	uint32_t toc_size;	/**< its toc_size */
	uint32_t part_count, entry_count;
};

/** What the command line asks for. */
struct mkrom_options {
	const char *manifest;	/**< manifest path */
	const char *output;	/**< ROM path to write */
	const char *ipl3;	/**< boot code file, or NULL for zeros */
	const char *build_id;	/**< at most 24 bytes, or NULL for "" */
};

/* util.c */

/**
 * @brief Format a message into @p err.
 * @return always -1, so callers can `return mkrom_fail(err, ...)`
 */
int mkrom_fail(struct mkrom_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/**
 * @brief realloc() that never returns NULL.
 *
 * A host tool that runs out of memory has nothing sensible left to do:
 * this prints "mkrom: out of memory" and exits with status 1.
 *
 * @param p  block to resize, or NULL
 * @param n  new size in bytes
 * @return   the block
 */
void *mkrom_xrealloc(void *p, size_t n);

/**
 * @brief Copy @p n bytes of @p s into a new NUL-terminated string.
 * @return  the copy (exits on out of memory, as mkrom_xrealloc())
 */
char *mkrom_xstrndup(const char *s, size_t n);

/**
 * @brief Read a whole file.
 *
 * @param path  file to read
 * @param max   refuse files larger than this many bytes
 * @param data  set to a malloc()ed buffer (one extra NUL byte after the
 *              data, so text can be scanned as a string); free() it
 * @param len   set to the number of bytes read
 * @param err   "PATH: reason" on failure
 * @return 0 or -1
 */
int mkrom_read_file(const char *path, size_t max, uint8_t **data, size_t *len,
		    struct mkrom_error *err);

/* manifest.c */

/**
 * @brief Parse manifest text.
 *
 * Checks syntax, keys, names, duplicates, part references and their
 * types, kinds, the single stage and the single default.  Reads no part
 * file: facts that depend on file contents (entry addresses, sizes) are
 * checked by mkrom_load_parts().
 *
 * @param m     filled on success; free with mkrom_manifest_free()
 * @param path  manifest name used in messages
 * @param text  manifest contents
 * @param len   bytes of @p text
 * @param err   message on failure
 * @return 0 or -1 (then @p m holds nothing to free)
 */
int mkrom_manifest_parse(struct mkrom_manifest *m, const char *path,
			 const char *text, size_t len, struct mkrom_error *err);

/**
 * @brief Read and parse a manifest file.
 * @see mkrom_manifest_parse()
 */
int mkrom_manifest_load(struct mkrom_manifest *m, const char *path,
			struct mkrom_error *err);

/**
 * @brief Free everything a manifest holds, part images included.
 * @param m  parsed manifest (may be all zero)
 */
void mkrom_manifest_free(struct mkrom_manifest *m);

/* elf.c */

/**
 * @brief Does @p buf start with the ELF magic?
 * @return 1 or 0
 */
int mkrom_is_elf(const uint8_t *buf, size_t len);

/**
 * @brief Flatten the PT_LOAD segments of a 32-bit big-endian MIPS ELF.
 *
 * load_addr is the lowest p_vaddr, size runs to the end of the highest
 * file-backed byte, mem_size to the end of the highest segment (bss),
 * entry is e_entry; gaps are zero.  Refuses other classes, byte orders or
 * machines, truncated headers, segments outside the file, p_filesz >
 * p_memsz, wrapping or overlapping segments and images over 64 MiB.
 *
 * @param buf  file contents
 * @param len  file size
 * @param img  filled on success (img->data malloc()ed)
 * @param err  the reason, without file name, on failure
 * @return 0 or -1
 */
int mkrom_elf_flatten(const uint8_t *buf, size_t len, struct mkrom_image *img,
		      struct mkrom_error *err);

/* rom.c */

/**
 * @brief Read every part file into its image and check the results.
 *
 * ELF files are flattened; raw files take load=/entry=.  Checks stage size
 * and addresses, load windows, entry points, that no loaded part overlaps
 * the stage in memory, and that kernel/payload parts of entries have entry
 * points.
 *
 * @param m    parsed manifest; its images are filled (freed with it)
 * @param err  message on failure
 * @return 0 or -1
 */
int mkrom_load_parts(struct mkrom_manifest *m, struct mkrom_error *err);

/**
 * @brief Lay out and assemble the ROM in memory.
 *
 * Stage at 0x1000, TOC right after it (16-byte aligned), then the other
 * parts in manifest order (16-byte aligned; CARTFS 4 KiB aligned and
 * padded), the N64 header, boot code, the TOC and the CIC-6102 checksum.
 * The TOC is run through toc_parse() before returning.
 *
 * @param m         manifest after mkrom_load_parts()
 * @param ipl3      boot code bytes (may be NULL when @p ipl3_len is 0)
 * @param ipl3_len  at most TOC_ROM_IPL3_MAX
 * @param build_id  at most TOC_BUILD_ID_LEN bytes (NULL for "")
 * @param rom       filled on success; free with mkrom_rom_free()
 * @param err       message on failure
 * @return 0 or -1
 */
int mkrom_build(const struct mkrom_manifest *m, const uint8_t *ipl3,
		uint32_t ipl3_len, const char *build_id, struct mkrom_rom *rom,
		struct mkrom_error *err);

/**
 * @brief Free a built ROM.
 * @param rom  built ROM (may be all zero)
 */
void mkrom_rom_free(struct mkrom_rom *rom);

/**
 * @brief The CIC-6102 boot checksum over ROM 0x1000..0x100FFF.
 *
 * @param rom   at least TOC_ROM_MIN_SIZE bytes of ROM, big-endian
 * @param crc1  set to the word that goes to header 0x10
 * @param crc2  set to the word that goes to header 0x14
 */
void mkrom_cic6102(const uint8_t *rom, uint32_t *crc1, uint32_t *crc2);

/**
 * @brief Write a file atomically: a temporary file beside it, then rename.
 *
 * @param path  final name
 * @param data  contents
 * @param len   bytes
 * @param err   message on failure (the temporary file is removed)
 * @return 0 or -1
 */
int mkrom_write_file(const char *path, const uint8_t *data, size_t len,
		     struct mkrom_error *err);

/**
 * @brief The whole job: manifest, parts, boot code, build, write.
 *
 * @param opt  what to do
 * @param rom  filled on success (the image written); free with mkrom_rom_free()
 * @param err  message on failure; then no output file was created
 * @return 0 or -1
 */
int mkrom_make(const struct mkrom_options *opt, struct mkrom_rom *rom,
	       struct mkrom_error *err);

#endif
