/* SPDX-License-Identifier: MIT */
/*
 * tmpdir.h - a fresh directory for a unit test's files, under $TMPDIR
 * (default /tmp), and the few helpers the tests use on it.  Header-only,
 * like check.h: each test is one program.
 */
#ifndef LIN64_TMPDIR_H
#define LIN64_TMPDIR_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[256];

/* Create the directory, named after the test; exits if it cannot. */
static void make_tmpdir(const char *test_name)
{
	const char *base = getenv("TMPDIR");

	snprintf(tmpdir, sizeof(tmpdir), "%s/%s.XXXXXX",
		 base && *base ? base : "/tmp", test_name);
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		exit(1);
	}
}

/* Remove the directory and the files in it. */
static void remove_tmpdir(void)
{
	char path[600];
	struct dirent *d;
	DIR *dir = opendir(tmpdir);

	if (!dir)
		return;
	while ((d = readdir(dir))) {
		if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
			continue;
		snprintf(path, sizeof(path), "%s/%s", tmpdir, d->d_name);
		unlink(path);
	}
	closedir(dir);
	rmdir(tmpdir);
}

/* Full path of @name in the directory; four rotating buffers. */
static const char *tpath(const char *name)
{
	static char buf[4][512];
	static unsigned n;
	char *p = buf[n++ % 4];

	snprintf(p, 512, "%s/%s", tmpdir, name);
	return p;
}

/* Write @len bytes to file @name in the directory; exits on failure. */
static void write_tmp(const char *name, const void *data, size_t len)
{
	FILE *f = fopen(tpath(name), "wb");

	if (!f || fwrite(data, 1, len, f) != len || fclose(f)) {
		perror(name);
		exit(1);
	}
}

#endif
