/* SPDX-License-Identifier: MIT */
/*
 * elf.c - flatten a 32-bit big-endian MIPS ELF executable.
 *
 * The boot menu copies one contiguous run of bytes from ROM to RAM, so the
 * PT_LOAD segments are laid out by address into a single image with the
 * gaps zeroed.  Trailing bss is not stored: it only counts in mem_size.
 *
 * Segments that map the ELF headers themselves are refused: GNU ld puts
 * them in the first PT_LOAD whenever the link address leaves room (as
 * 0x80000400 does), and loading them would move the image's start below
 * the code.  -Wl,-n or a PHDRS linker script avoids that.
 *
 * The file is untrusted input (a wrong path in a manifest can name any
 * file), so every field is range-checked in 64-bit arithmetic before use.
 */
#include <stdlib.h>
#include <string.h>

#include "../../bootmenu/toc.h"
#include "mkrom.h"

/* The few ELF constants needed, from the System V ABI. */
#define EI_CLASS	4
#define EI_DATA		5
#define ELFCLASS32	1
#define ELFDATA2MSB	2
#define ET_EXEC		2
#define EM_MIPS		8
#define PT_LOAD		1

#define EHDR_SIZE	52u
#define E_TYPE		0x10u
#define E_MACHINE	0x12u
#define E_ENTRY		0x18u
#define E_PHOFF		0x1Cu
#define E_PHENTSIZE	0x2Au
#define E_PHNUM		0x2Cu

#define PHDR_SIZE	32u
#define P_TYPE		0x00u
#define P_OFFSET	0x04u
#define P_VADDR		0x08u
#define P_FILESZ	0x10u
#define P_MEMSZ		0x14u

/* Larger than any N64 RAM: a bigger span means a broken address. */
#define MAX_SPAN	(64u << 20)

struct seg {
	uint32_t offset, vaddr, filesz, memsz;
};

int mkrom_is_elf(const uint8_t *buf, size_t len)
{
	return len >= 4 && buf[0] == 0x7F && buf[1] == 'E' && buf[2] == 'L' &&
	       buf[3] == 'F';
}

static int check_ehdr(const uint8_t *buf, size_t len, struct mkrom_error *err)
{
	if (!mkrom_is_elf(buf, len))
		return mkrom_fail(err, "not an ELF file");
	if (len < EHDR_SIZE)
		return mkrom_fail(err, "truncated ELF header");
	if (buf[EI_CLASS] != ELFCLASS32)
		return mkrom_fail(err, "not a 32-bit ELF (class %u)",
				  buf[EI_CLASS]);
	if (buf[EI_DATA] != ELFDATA2MSB)
		return mkrom_fail(err, "not a big-endian ELF (data %u)",
				  buf[EI_DATA]);
	if (toc_rd16(buf + E_MACHINE) != EM_MIPS)
		return mkrom_fail(err, "not a MIPS ELF (machine %u)",
				  toc_rd16(buf + E_MACHINE));
	if (toc_rd16(buf + E_TYPE) != ET_EXEC)
		return mkrom_fail(err, "not an executable ELF (type %u)",
				  toc_rd16(buf + E_TYPE));
	return 0;
}

/* Collect the PT_LOAD segments that occupy memory; *segs is malloc()ed. */
static int read_segments(const uint8_t *buf, size_t len, struct seg **segs,
			 unsigned *count, struct mkrom_error *err)
{
	uint32_t phoff = toc_rd32(buf + E_PHOFF);
	uint32_t phentsize = toc_rd16(buf + E_PHENTSIZE);
	uint32_t phnum = toc_rd16(buf + E_PHNUM);
	const uint8_t *ph;
	struct seg s, *out;
	unsigned i, n = 0;

	if (phnum == 0)
		return mkrom_fail(err, "no program headers");
	if (phentsize < PHDR_SIZE)
		return mkrom_fail(err, "bad program header size %u", phentsize);
	if ((uint64_t)phoff + (uint64_t)phentsize * phnum > len)
		return mkrom_fail(err, "program headers outside the file");

	out = mkrom_xrealloc(NULL, phnum * sizeof(*out));
	for (i = 0; i < phnum; i++) {
		ph = buf + phoff + i * phentsize;
		if (toc_rd32(ph + P_TYPE) != PT_LOAD)
			continue;
		s.offset = toc_rd32(ph + P_OFFSET);
		s.vaddr = toc_rd32(ph + P_VADDR);
		s.filesz = toc_rd32(ph + P_FILESZ);
		s.memsz = toc_rd32(ph + P_MEMSZ);
		if (s.memsz == 0)
			continue;
		if (s.filesz > s.memsz) {
			free(out);
			return mkrom_fail(err, "segment %u: p_filesz > p_memsz",
					  i);
		}
		if ((uint64_t)s.offset + s.filesz > len) {
			free(out);
			return mkrom_fail(err, "segment %u: data outside the"
					  " file", i);
		}
		/* GNU ld maps the headers into the first segment when there
		 * is room below the code: the image would then start below
		 * the code, and the stage is entered at its first byte. */
		if (s.offset < EHDR_SIZE && s.filesz) {
			free(out);
			return mkrom_fail(err, "segment %u loads the ELF"
					  " headers to 0x%08x, below the code"
					  " (link with -Wl,-n, or use PHDRS in"
					  " the linker script)", i, s.vaddr);
		}
		if ((uint64_t)s.vaddr + s.memsz > 0x100000000ull) {
			free(out);
			return mkrom_fail(err, "segment %u: wraps past the end"
					  " of the address space", i);
		}
		out[n++] = s;
	}
	if (n == 0) {
		free(out);
		return mkrom_fail(err, "no loadable segment");
	}
	*segs = out;
	*count = n;
	return 0;
}

static uint64_t seg_end(const struct seg *s)
{
	return (uint64_t)s->vaddr + s->memsz;
}

static int check_overlap(const struct seg *s, unsigned n,
			 struct mkrom_error *err)
{
	unsigned i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (s[i].vaddr < seg_end(&s[j]) &&
			    s[j].vaddr < seg_end(&s[i]))
				return mkrom_fail(err, "loadable segments"
						  " overlap at 0x%08x",
						  s[i].vaddr > s[j].vaddr ?
						  s[i].vaddr : s[j].vaddr);
	return 0;
}

int mkrom_elf_flatten(const uint8_t *buf, size_t len, struct mkrom_image *img,
		      struct mkrom_error *err)
{
	struct seg *s = NULL;
	unsigned i, n = 0;
	uint64_t lo = UINT64_MAX, file_end = 0, mem_end = 0;

	memset(img, 0, sizeof(*img));
	if (check_ehdr(buf, len, err) || read_segments(buf, len, &s, &n, err))
		return -1;
	if (check_overlap(s, n, err)) {
		free(s);
		return -1;
	}

	for (i = 0; i < n; i++) {
		uint64_t file_top = (uint64_t)s[i].vaddr + s[i].filesz;

		if (s[i].vaddr < lo)
			lo = s[i].vaddr;
		if (s[i].filesz && file_top > file_end)
			file_end = file_top;
		if (seg_end(&s[i]) > mem_end)
			mem_end = seg_end(&s[i]);
	}
	if (file_end < lo)
		file_end = lo;	/* nothing file-backed: all bss */
	if (mem_end - lo > MAX_SPAN) {
		free(s);
		return mkrom_fail(err, "segments span %llu bytes, more than"
				  " 64 MiB",
				  (unsigned long long)(mem_end - lo));
	}

	img->load_addr = (uint32_t)lo;
	img->size = (uint32_t)(file_end - lo);
	img->mem_size = (uint32_t)(mem_end - lo);
	img->entry = toc_rd32(buf + E_ENTRY);
	if (img->size) {
		img->data = mkrom_xrealloc(NULL, img->size);
		memset(img->data, 0, img->size);
	}
	for (i = 0; i < n; i++)
		if (s[i].filesz)
			memcpy(img->data + (s[i].vaddr - lo), buf + s[i].offset,
			       s[i].filesz);
	free(s);
	return 0;
}
