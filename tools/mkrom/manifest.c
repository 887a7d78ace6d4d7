/* SPDX-License-Identifier: MIT */
/*
 * manifest.c - parse the mkrom manifest.
 *
 *     # comment
 *     part NAME TYPE FILE [load=ADDR] [entry=ADDR]
 *     entry ID kind=KIND title="..." [desc="..."] [kernel=PART]
 *           [initramfs=PART] [cartfs=PART] [payload=PART] [icon=PART]
 *           [cmdline="..."] [default]
 *
 * A line is split into words at blanks.  A word is a bare word, a "quoted
 * string" (with \" and \\ escapes) or key=value where the value is bare or
 * quoted.  A word starting with '#' starts a comment.  Parts may be named
 * by entries before or after their own line: references are resolved once
 * the whole file has been read.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../bootmenu/toc.h"
#include "mkrom.h"

#define MAX_WORDS 32

struct word {
	char *key;	/* NULL for a positional word */
	char *val;
};

struct words {
	struct word w[MAX_WORDS];
	unsigned n;
};

struct parser {
	const char *path;
	unsigned line;
	struct mkrom_manifest *m;
	struct mkrom_error *err;
	uint32_t part_cap, entry_cap;
	int have_stage;
};

/* Part type names, indexed by enum toc_part_type. */
static const char *const part_type_name[TOC_PART_TYPE_MAX + 1] = {
	[TOC_PART_STAGE] = "stage",
	[TOC_PART_KERNEL] = "kernel",
	[TOC_PART_INITRAMFS] = "initramfs",
	[TOC_PART_CARTFS] = "cartfs",
	[TOC_PART_PAYLOAD] = "payload",
	[TOC_PART_ICON] = "icon",
};

static const char *const entry_kind_name[TOC_ENTRY_KIND_MAX + 1] = {
	[TOC_ENTRY_LINUX] = "linux",
	[TOC_ENTRY_PAYLOAD] = "payload",
	[TOC_ENTRY_SYSINFO] = "sysinfo",
};

/* Entry keys naming parts, indexed by enum mkrom_ref, with the part type
 * each must name. */
static const struct {
	const char *key;
	uint32_t type;
} ref_key[MKROM_REF_COUNT] = {
	[MKROM_REF_KERNEL] = { "kernel", TOC_PART_KERNEL },
	[MKROM_REF_INITRAMFS] = { "initramfs", TOC_PART_INITRAMFS },
	[MKROM_REF_CARTFS] = { "cartfs", TOC_PART_CARTFS },
	[MKROM_REF_PAYLOAD] = { "payload", TOC_PART_PAYLOAD },
	[MKROM_REF_ICON] = { "icon", TOC_PART_ICON },
};

static int perr(struct parser *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* "PATH:LINE: message" */
static int perr(struct parser *p, const char *fmt, ...)
{
	char what[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return mkrom_fail(p->err, "%s:%u: %s", p->path, p->line, what);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Names end up in messages and in the menu: keep them plain. */
static int valid_name(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') ||
		      ('0' <= *s && *s <= '9') || *s == '_' || *s == '-' ||
		      *s == '.'))
			return 0;
	return 1;
}

static int lookup(const char *const *names, uint32_t max, const char *s,
		  uint32_t *out)
{
	uint32_t i;

	for (i = 1; i <= max; i++) {
		if (!strcmp(names[i], s)) {
			*out = i;
			return 0;
		}
	}
	return -1;
}

/* Decimal or 0x hex, no sign, must fit 32 bits. */
static int parse_addr(const char *s, uint32_t *out)
{
	uint64_t v = 0;
	unsigned base = 10, d;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!*s)
		return -1;
	for (; *s; s++) {
		if ('0' <= *s && *s <= '9')
			d = (unsigned)(*s - '0');
		else if (base == 16 && 'a' <= (*s | 0x20) && (*s | 0x20) <= 'f')
			d = (unsigned)((*s | 0x20) - 'a' + 10);
		else
			return -1;
		v = v * base + d;
		if (v > UINT32_MAX)
			return -1;
	}
	*out = (uint32_t)v;
	return 0;
}

/* *sp points at the opening quote; on return, just past the closing one. */
static int read_quoted(struct parser *p, const char **sp, const char *end,
		       char **out)
{
	const char *s = *sp + 1;
	char *buf = mkrom_xrealloc(NULL, (size_t)(end - s) + 1);
	size_t n = 0;

	for (;;) {
		if (s == end) {
			free(buf);
			return perr(p, "unterminated quote");
		}
		if (*s == '"')
			break;
		if (*s == '\\') {
			if (s + 1 == end || (s[1] != '"' && s[1] != '\\')) {
				free(buf);
				return perr(p, "unknown escape in quoted string"
					    " (only \\\" and \\\\)");
			}
			s++;
		}
		buf[n++] = *s++;
	}
	buf[n] = 0;
	*sp = s + 1;
	*out = buf;
	return 0;
}

static int read_bare(struct parser *p, const char **sp, const char *end,
		     int stop_at_eq, char **out)
{
	const char *start = *sp, *s = *sp;

	while (s < end && !is_blank(*s) && *s != '"' &&
	       !(stop_at_eq && *s == '='))
		s++;
	if (s < end && *s == '"')
		return perr(p, "unexpected '\"' in '%.*s\"'", (int)(s - start),
			    start);
	*sp = s;
	*out = mkrom_xstrndup(start, (size_t)(s - start));
	return 0;
}

static void free_words(struct words *w)
{
	unsigned i;

	for (i = 0; i < w->n; i++) {
		free(w->w[i].key);
		free(w->w[i].val);
	}
	w->n = 0;
}

static int read_word(struct parser *p, const char **sp, const char *end,
		     struct word *wd)
{
	if (**sp == '"')
		return read_quoted(p, sp, end, &wd->val);
	if (read_bare(p, sp, end, 1, &wd->val))
		return -1;
	if (*sp == end || **sp != '=')
		return 0;

	/* key=value: what we read is the key */
	wd->key = wd->val;
	wd->val = NULL;
	if (!*wd->key)
		return perr(p, "'=' without a key");
	(*sp)++;
	if (*sp < end && **sp == '"')
		return read_quoted(p, sp, end, &wd->val);
	if (read_bare(p, sp, end, 0, &wd->val))
		return -1;
	if (!*wd->val)
		return perr(p, "%s= has no value", wd->key);
	return 0;
}

static int split_line(struct parser *p, const char *s, const char *end,
		      struct words *w)
{
	struct word *wd;

	for (;;) {
		while (s < end && is_blank(*s))
			s++;
		if (s == end || *s == '#')
			return 0;
		if (w->n == MAX_WORDS)
			return perr(p, "too many words on one line");
		wd = &w->w[w->n++];
		wd->key = wd->val = NULL;
		if (read_word(p, &s, end, wd))
			return -1;
		if (s < end && !is_blank(*s))
			return perr(p, "missing blank after closing quote");
	}
}

static struct mkrom_part *find_part(const struct mkrom_manifest *m,
				    const char *name)
{
	uint32_t i;

	for (i = 0; i < m->part_count; i++)
		if (!strcmp(m->parts[i].name, name))
			return &m->parts[i];
	return NULL;
}

static struct mkrom_entry *find_entry(const struct mkrom_manifest *m,
				      const char *id)
{
	uint32_t i;

	for (i = 0; i < m->entry_count; i++)
		if (!strcmp(m->entries[i].id, id))
			return &m->entries[i];
	return NULL;
}

static int part_options(struct parser *p, struct words *w,
			struct mkrom_part *pt)
{
	struct word *wd;
	unsigned i;
	int *has;
	uint32_t *val;

	for (i = 4; i < w->n; i++) {
		wd = &w->w[i];
		if (!wd->key)
			return perr(p, "unexpected '%s'", wd->val);
		if (!strcmp(wd->key, "load")) {
			has = &pt->has_load;
			val = &pt->load;
		} else if (!strcmp(wd->key, "entry")) {
			has = &pt->has_entry;
			val = &pt->entry;
		} else {
			return perr(p, "unknown key '%s' (part takes load= and"
				    " entry=)", wd->key);
		}
		if (*has)
			return perr(p, "duplicate key '%s'", wd->key);
		if (parse_addr(wd->val, val))
			return perr(p, "bad address '%s' in %s=", wd->val,
				    wd->key);
		*has = 1;
	}
	return 0;
}

static int parse_part(struct parser *p, struct words *w)
{
	struct mkrom_manifest *m = p->m;
	struct mkrom_part pt = { 0 };
	const struct mkrom_part *old;

	if (w->n < 4 || w->w[1].key || w->w[2].key || w->w[3].key)
		return perr(p, "expected: part NAME TYPE FILE [load=ADDR]"
			    " [entry=ADDR]");
	if (!valid_name(w->w[1].val))
		return perr(p, "bad part name '%s' (letters, digits, '_', '-',"
			    " '.')", w->w[1].val);
	old = find_part(m, w->w[1].val);
	if (old)
		return perr(p, "duplicate part '%s' (first at line %u)",
			    old->name, old->line);
	if (lookup(part_type_name, TOC_PART_TYPE_MAX, w->w[2].val, &pt.type))
		return perr(p, "unknown part type '%s' (stage, kernel,"
			    " initramfs, cartfs, payload or icon)", w->w[2].val);
	if (!*w->w[3].val)
		return perr(p, "empty file name");
	if (part_options(p, w, &pt))
		return -1;
	if (pt.type == TOC_PART_CARTFS && (pt.has_load || pt.has_entry))
		return perr(p, "a cartfs part is read in place: no load= or"
			    " entry=");
	if (pt.type == TOC_PART_STAGE) {
		if (p->have_stage) {
			old = &m->parts[m->stage];
			return perr(p, "second stage part '%s' (the first is"
				    " '%s' at line %u)", w->w[1].val,
				    old->name, old->line);
		}
		p->have_stage = 1;
		m->stage = m->part_count;
	}

	pt.line = p->line;
	pt.name = w->w[1].val;
	pt.path = w->w[3].val;
	w->w[1].val = w->w[3].val = NULL;	/* now owned by the part */
	if (m->part_count == p->part_cap) {
		p->part_cap = p->part_cap ? p->part_cap * 2 : 8;
		m->parts = mkrom_xrealloc(m->parts,
					  p->part_cap * sizeof(*m->parts));
	}
	m->parts[m->part_count++] = pt;
	return 0;
}

/* Moves the value of @wd into *@slot. */
static int take(struct parser *p, struct word *wd, char **slot)
{
	if (*slot)
		return perr(p, "duplicate key '%s'", wd->key);
	*slot = wd->val;
	wd->val = NULL;
	return 0;
}

static int entry_options(struct parser *p, struct words *w,
			 struct mkrom_entry *e, char **kind)
{
	struct word *wd;
	unsigned i, r;

	for (i = 2; i < w->n; i++) {
		wd = &w->w[i];
		if (!wd->key) {
			if (strcmp(wd->val, "default"))
				return perr(p, "unexpected '%s'", wd->val);
			if (e->is_default)
				return perr(p, "duplicate 'default'");
			e->is_default = 1;
			continue;
		}
		if (!strcmp(wd->key, "kind")) {
			if (take(p, wd, kind))
				return -1;
			continue;
		}
		if (!strcmp(wd->key, "title")) {
			if (take(p, wd, &e->title))
				return -1;
			continue;
		}
		if (!strcmp(wd->key, "desc")) {
			if (take(p, wd, &e->desc))
				return -1;
			continue;
		}
		if (!strcmp(wd->key, "cmdline")) {
			if (take(p, wd, &e->cmdline))
				return -1;
			continue;
		}
		for (r = 0; r < MKROM_REF_COUNT; r++)
			if (!strcmp(wd->key, ref_key[r].key))
				break;
		if (r == MKROM_REF_COUNT)
			return perr(p, "unknown key '%s'", wd->key);
		if (take(p, wd, &e->ref[r]))
			return -1;
	}
	return 0;
}

/* Which keys make sense for which kind, checked before any lookup. */
static int entry_check_kind(struct parser *p, const struct mkrom_entry *e)
{
	int is_linux = e->kind == TOC_ENTRY_LINUX;
	int payload = e->kind == TOC_ENTRY_PAYLOAD;
	const char *kind = entry_kind_name[e->kind];

	if (!e->title)
		return perr(p, "entry '%s' has no title=", e->id);
	if (is_linux && !e->ref[MKROM_REF_KERNEL])
		return perr(p, "entry '%s': kind=linux needs kernel=", e->id);
	if (payload && !e->ref[MKROM_REF_PAYLOAD])
		return perr(p, "entry '%s': kind=payload needs payload=", e->id);
	if (!is_linux && e->ref[MKROM_REF_KERNEL])
		return perr(p, "entry '%s': kernel= is only for kind=linux,"
			    " not %s", e->id, kind);
	if (!is_linux && e->ref[MKROM_REF_INITRAMFS])
		return perr(p, "entry '%s': initramfs= is only for kind=linux,"
			    " not %s", e->id, kind);
	if (!is_linux && e->ref[MKROM_REF_CARTFS])
		return perr(p, "entry '%s': cartfs= is only for kind=linux,"
			    " not %s", e->id, kind);
	if (!is_linux && e->cmdline)
		return perr(p, "entry '%s': cmdline= is only for kind=linux,"
			    " not %s", e->id, kind);
	if (!payload && e->ref[MKROM_REF_PAYLOAD])
		return perr(p, "entry '%s': payload= is only for kind=payload,"
			    " not %s", e->id, kind);
	return 0;
}

static void free_entry(struct mkrom_entry *e)
{
	unsigned r;

	free(e->id);
	free(e->title);
	free(e->desc);
	free(e->cmdline);
	for (r = 0; r < MKROM_REF_COUNT; r++)
		free(e->ref[r]);
}

static int entry_fill(struct parser *p, struct words *w, struct mkrom_entry *e)
{
	const struct mkrom_entry *old;
	char *kind = NULL;
	uint32_t i;
	int rc;

	rc = entry_options(p, w, e, &kind);
	if (!rc && !kind)
		rc = perr(p, "entry '%s' has no kind=", e->id);
	if (!rc && lookup(entry_kind_name, TOC_ENTRY_KIND_MAX, kind, &e->kind))
		rc = perr(p, "unknown entry kind '%s' (linux, payload or"
			  " sysinfo)", kind);
	free(kind);
	if (!rc)
		rc = entry_check_kind(p, e);
	if (rc || !e->is_default)
		return rc;
	for (i = 0; i < p->m->entry_count; i++) {
		old = &p->m->entries[i];
		if (old->is_default)
			return perr(p, "more than one default entry (also"
				    " '%s' at line %u)", old->id, old->line);
	}
	return 0;
}

static int parse_entry(struct parser *p, struct words *w)
{
	struct mkrom_manifest *m = p->m;
	struct mkrom_entry e = { 0 };
	const struct mkrom_entry *old;

	if (w->n < 2 || w->w[1].key)
		return perr(p, "expected: entry ID kind=KIND title=\"...\" ...");
	if (!valid_name(w->w[1].val))
		return perr(p, "bad entry id '%s' (letters, digits, '_', '-',"
			    " '.')", w->w[1].val);
	old = find_entry(m, w->w[1].val);
	if (old)
		return perr(p, "duplicate entry '%s' (first at line %u)",
			    old->id, old->line);

	e.id = w->w[1].val;
	w->w[1].val = NULL;
	e.line = p->line;
	if (entry_fill(p, w, &e)) {
		free_entry(&e);
		return -1;
	}
	if (!e.desc)
		e.desc = mkrom_xstrndup("", 0);
	if (!e.cmdline)
		e.cmdline = mkrom_xstrndup("", 0);

	if (m->entry_count == p->entry_cap) {
		p->entry_cap = p->entry_cap ? p->entry_cap * 2 : 8;
		m->entries = mkrom_xrealloc(m->entries,
				      p->entry_cap * sizeof(*m->entries));
	}
	m->entries[m->entry_count++] = e;
	return 0;
}

static int parse_line(struct parser *p, const char *s, const char *end)
{
	struct words w = { .n = 0 };
	int rc = 0;

	if (memchr(s, 0, (size_t)(end - s)))
		return perr(p, "NUL byte in manifest");
	if (split_line(p, s, end, &w))
		rc = -1;
	else if (w.n == 0)
		rc = 0;
	else if (!w.w[0].key && !strcmp(w.w[0].val, "part"))
		rc = parse_part(p, &w);
	else if (!w.w[0].key && !strcmp(w.w[0].val, "entry"))
		rc = parse_entry(p, &w);
	else
		rc = perr(p, "unknown directive '%s' (part or entry)",
			  w.w[0].key ? w.w[0].key : w.w[0].val);
	free_words(&w);
	return rc;
}

static int resolve_ref(struct parser *p, struct mkrom_entry *e, unsigned r,
		       uint16_t *out)
{
	const struct mkrom_part *pt;

	*out = TOC_NO_PART;
	if (!e->ref[r])
		return 0;
	pt = find_part(p->m, e->ref[r]);
	if (!pt)
		return perr(p, "entry '%s': %s=%s: no such part", e->id,
			    ref_key[r].key, e->ref[r]);
	if (pt->type != ref_key[r].type)
		return perr(p, "entry '%s': %s=%s: part '%s' has type %s, not"
			    " %s", e->id, ref_key[r].key, e->ref[r], pt->name,
			    part_type_name[pt->type],
			    part_type_name[ref_key[r].type]);
	*out = (uint16_t)(pt - p->m->parts);
	return 0;
}

static int resolve_entries(struct parser *p)
{
	struct mkrom_entry *e;
	uint32_t i;
	uint16_t kernel, payload;

	for (i = 0; i < p->m->entry_count; i++) {
		e = &p->m->entries[i];
		p->line = e->line;
		if (resolve_ref(p, e, MKROM_REF_KERNEL, &kernel) ||
		    resolve_ref(p, e, MKROM_REF_PAYLOAD, &payload) ||
		    resolve_ref(p, e, MKROM_REF_INITRAMFS,
				&e->initramfs_part) ||
		    resolve_ref(p, e, MKROM_REF_CARTFS, &e->cartfs_part) ||
		    resolve_ref(p, e, MKROM_REF_ICON, &e->icon_part))
			return -1;
		/* at most one of them is set: entry_check_kind() saw to it */
		e->main_part = kernel != TOC_NO_PART ? kernel : payload;
	}
	return 0;
}

int mkrom_manifest_parse(struct mkrom_manifest *m, const char *path,
			 const char *text, size_t len, struct mkrom_error *err)
{
	struct parser p = { .path = path, .m = m, .err = err };
	const char *s = text, *end = text + len, *nl;

	memset(m, 0, sizeof(*m));
	m->path = mkrom_xstrndup(path, strlen(path));
	while (s < end) {
		p.line++;
		nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		if (parse_line(&p, s, nl))
			goto fail;
		s = nl + 1;
	}
	if (!p.have_stage) {
		mkrom_fail(err, "%s: no stage part", path);
		goto fail;
	}
	/* Entries store part indexes in 16 bits, TOC_NO_PART excluded. */
	if (m->part_count >= TOC_NO_PART) {
		mkrom_fail(err, "%s: too many parts", path);
		goto fail;
	}
	if (resolve_entries(&p))
		goto fail;
	return 0;
fail:
	mkrom_manifest_free(m);
	return -1;
}

int mkrom_manifest_load(struct mkrom_manifest *m, const char *path,
			struct mkrom_error *err)
{
	uint8_t *text;
	size_t len;
	int rc;

	memset(m, 0, sizeof(*m));
	if (mkrom_read_file(path, 1u << 20, &text, &len, err))
		return -1;
	rc = mkrom_manifest_parse(m, path, (const char *)text, len, err);
	free(text);
	return rc;
}

void mkrom_manifest_free(struct mkrom_manifest *m)
{
	uint32_t i;

	for (i = 0; i < m->part_count; i++) {
		free(m->parts[i].name);
		free(m->parts[i].path);
		free(m->parts[i].img.data);
	}
	for (i = 0; i < m->entry_count; i++)
		free_entry(&m->entries[i]);
	free(m->parts);
	free(m->entries);
	free(m->path);
	memset(m, 0, sizeof(*m));
}
