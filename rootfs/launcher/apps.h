/* SPDX-License-Identifier: MIT */
/*
 * apps: the launcher's entries, one small text file each in an apps
 * directory (docs/cartfs.md, "Launcher entries").
 */
#ifndef LIN64_APPS_H
#define LIN64_APPS_H

#include <stddef.h>

#define APP_TITLE_MAX	31
#define APP_DESC_MAX	63
#define APP_EXEC_MAX	255
#define APP_ARGS_MAX	15
#define APP_ORDER_DEFAULT	50
#define APPS_MAX	32

struct app {
	char title[APP_TITLE_MAX + 1];
	char desc[APP_DESC_MAX + 1];
	char exec[APP_EXEC_MAX + 1];
	int order;
};

/*
 * Parse the text of one entry file.  Returns 0, or -1 with "LINE: why"
 * (line 0 for the file as a whole) in @err.
 */
int app_parse(const char *text, struct app *app, char *err, size_t err_size);

/*
 * Split @app's exec line into @argv (at most APP_ARGS_MAX words, then
 * NULL), using @buf (APP_EXEC_MAX + 1 bytes) for the words.  Returns the
 * number of words, or -1 for an unterminated quote or too many words.
 */
int app_argv(const struct app *app, char *buf, char **argv);

/*
 * Add every "*.app" file of @dir to the @count entries in @apps (up to
 * @max in all), then sort them all by order and title.  Files that do
 * not parse are skipped, each reported as "launcher: skip PATH:LINE: WHY"
 * on stderr.  Returns the new count; a missing directory adds none.
 */
int apps_load(const char *dir, struct app *apps, int count, int max);

#endif
