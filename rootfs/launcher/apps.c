// SPDX-License-Identifier: MIT
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apps.h"

#define APP_FILE_MAX	4096

/* Copy the value of one line; -1 if it does not fit in @size bytes. */
static int copy_value(char *dst, size_t size, const char *value, size_t len)
{
	if (len >= size)
		return -1;
	memcpy(dst, value, len);
	dst[len] = '\0';
	return 0;
}

static int parse_order(const char *value, size_t len, int *order)
{
	char buf[12], *end;
	long v;

	if (len == 0 || copy_value(buf, sizeof(buf), value, len))
		return -1;
	v = strtol(buf, &end, 10);
	if (*end || v < -9999 || v > 9999)
		return -1;
	*order = v;
	return 0;
}

/* One "key=value" line; returns a reason for an error, or NULL. */
static const char *parse_line(struct app *app, const char *line, size_t len)
{
	const char *eq = memchr(line, '=', len);
	size_t key_len, value_len;
	const char *value;

	if (!eq)
		return "expected key=value";
	key_len = eq - line;
	value = eq + 1;
	value_len = len - key_len - 1;
	if (key_len == 5 && !memcmp(line, "title", 5))
		return copy_value(app->title, sizeof(app->title), value,
				  value_len) ? "title too long" : NULL;
	if (key_len == 4 && !memcmp(line, "desc", 4))
		return copy_value(app->desc, sizeof(app->desc), value,
				  value_len) ? "desc too long" : NULL;
	if (key_len == 4 && !memcmp(line, "exec", 4)) {
		if (copy_value(app->exec, sizeof(app->exec), value, value_len))
			return "exec too long";
		return app->exec[0] == '/' ? NULL : "exec is not an absolute path";
	}
	if (key_len == 5 && !memcmp(line, "order", 5))
		return parse_order(value, value_len, &app->order) ?
		       "order is not a number from -9999 to 9999" : NULL;
	return "unknown key";
}

int app_parse(const char *text, struct app *app, char *err, size_t err_size)
{
	const char *line = text, *end, *why;
	char buf[APP_EXEC_MAX + 1], *argv[APP_ARGS_MAX + 1];
	size_t len;
	int n = 1;

	memset(app, 0, sizeof(*app));
	app->order = APP_ORDER_DEFAULT;
	for (; *line; line = *end ? end + 1 : end, n++) {
		end = strchr(line, '\n');
		if (!end)
			end = line + strlen(line);
		len = end - line;
		if (len && line[len - 1] == '\r')
			len--;
		if (len == 0 || line[0] == '#')
			continue;
		why = parse_line(app, line, len);
		if (why) {
			snprintf(err, err_size, "%d: %s", n, why);
			return -1;
		}
	}
	why = !app->title[0] ? "no title" : !app->exec[0] ? "no exec" :
	      app_argv(app, buf, argv) < 0 ? "exec: unterminated quote or too many words" :
	      NULL;
	if (why) {
		snprintf(err, err_size, "0: %s", why);
		return -1;
	}
	return 0;
}

int app_argv(const struct app *app, char *buf, char **argv)
{
	const char *p = app->exec;
	int argc = 0, quoted;

	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (argc == APP_ARGS_MAX)
			return -1;
		argv[argc++] = buf;
		for (quoted = 0; *p && (quoted || *p != ' '); p++) {
			if (*p == '"')
				quoted = !quoted;
			else
				*buf++ = *p;
		}
		if (quoted)
			return -1;
		*buf++ = '\0';
	}
	argv[argc] = NULL;
	return argc;
}

static int compare(const void *a, const void *b)
{
	const struct app *x = a, *y = b;

	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->title, y->title);
}

/* Read a whole small file; -1 if it is missing or too big. */
static int read_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return -1;
	n = fread(buf, 1, size, f);
	fclose(f);
	if (n == size)
		return -1;
	buf[n] = '\0';
	return memchr(buf, '\0', n) ? -1 : 0;
}

static int is_app_file(const char *name)
{
	size_t len = strlen(name);

	return len > 4 && !strcmp(name + len - 4, ".app");
}

int apps_load(const char *dir, struct app *apps, int count, int max)
{
	char path[512], text[APP_FILE_MAX], err[96];
	struct dirent *d;
	DIR *dp = opendir(dir);

	if (!dp)
		return count;
	while ((d = readdir(dp)) && count < max) {
		if (!is_app_file(d->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		if (read_file(path, text, sizeof(text))) {
			fprintf(stderr, "launcher: skip %s:0 unreadable, too big or binary\n",
				path);
			continue;
		}
		if (app_parse(text, &apps[count], err, sizeof(err))) {
			fprintf(stderr, "launcher: skip %s:%s\n", path, err);
			continue;
		}
		count++;
	}
	closedir(dp);
	qsort(apps, count, sizeof(*apps), compare);
	return count;
}
