// SPDX-License-Identifier: MIT
/* The launcher's entry files: parsing, argv splitting, loading a folder. */
#include <string.h>

#include "apps.h"
#include "check.h"
#include "tmpdir.h"

static int parse(const char *text, struct app *app, char *err)
{
	return app_parse(text, app, err, 96);
}

static void test_good(void)
{
	struct app app;
	char err[96];

	CHECK_EQ(parse("# a comment\n\ntitle=Doom\ndesc=Freedoom\n"
		       "exec=/usr/games/doom -iwad x.wad\norder=20\n", &app, err), 0);
	CHECK(!strcmp(app.title, "Doom"));
	CHECK(!strcmp(app.desc, "Freedoom"));
	CHECK(!strcmp(app.exec, "/usr/games/doom -iwad x.wad"));
	CHECK_EQ(app.order, 20);
	/* CRLF line ends, no final newline, no desc, default order */
	CHECK_EQ(parse("title=A\r\nexec=/bin/a", &app, err), 0);
	CHECK(!strcmp(app.title, "A"));
	CHECK(!strcmp(app.exec, "/bin/a"));
	CHECK_EQ(app.desc[0], 0);
	CHECK_EQ(app.order, APP_ORDER_DEFAULT);
	CHECK_EQ(parse("title=B\nexec=/b\norder=-3\n", &app, err), 0);
	CHECK_EQ(app.order, (unsigned long long)-3);
}

/* Each malformed file is refused, saying which line and why. */
static void test_bad(void)
{
	static const struct {
		const char *text, *err;
	} cases[] = {
		{ "", "0: no title" },
		{ "title=A\n", "0: no exec" },
		{ "exec=/a\n", "0: no title" },
		{ "title=A\nexec=a\n", "2: exec is not an absolute path" },
		{ "title=A\nexec=/a\ncolour=red\n", "3: unknown key" },
		{ "title=A\nexec /a\n", "2: expected key=value" },
		{ "title=0123456789012345678901234567890123\nexec=/a\n",
		  "1: title too long" },
		{ "title=A\nexec=/a\norder=ten\n",
		  "3: order is not a number from -9999 to 9999" },
		{ "title=A\nexec=/a\norder=\n",
		  "3: order is not a number from -9999 to 9999" },
		{ "title=A\nexec=/a\norder=99999\n",
		  "3: order is not a number from -9999 to 9999" },
		{ "title=A\nexec=/a \"b\n",
		  "0: exec: unterminated quote or too many words" },
		{ "title=A\nexec=/a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n",
		  "0: exec: unterminated quote or too many words" },
	};
	struct app app;
	char err[96];
	unsigned i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err[0] = '\0';
		CHECK_EQ(parse(cases[i].text, &app, err), -1);
		if (!CHECK(!strcmp(err, cases[i].err)))
			fprintf(stderr, "    case %u: got \"%s\"\n", i, err);
	}
}

static void test_argv(void)
{
	struct app app = { .exec = "/bin/sh  -c \"echo a b\" x\"y z\"" };
	char buf[APP_EXEC_MAX + 1], *argv[APP_ARGS_MAX + 1];

	CHECK_EQ(app_argv(&app, buf, argv), 4);
	CHECK(!strcmp(argv[0], "/bin/sh"));
	CHECK(!strcmp(argv[1], "-c"));
	CHECK(!strcmp(argv[2], "echo a b"));
	CHECK(!strcmp(argv[3], "xy z"));
	CHECK(argv[4] == NULL);
}

static void test_load(void)
{
	struct app apps[APPS_MAX];
	char dir[300];
	int n;

	make_tmpdir("test_apps");
	write_tmp("b.app", "title=Beta\nexec=/b\n", 19);
	write_tmp("a.app", "title=Alpha\nexec=/a\n", 20);
	write_tmp("first.app", "title=Zed\nexec=/z\norder=1\n", 26);
	write_tmp("broken.app", "title=Broken\n", 13);
	write_tmp("binary.app", "title=X\0exec=/x\n", 16);
	write_tmp("notes.txt", "title=Not an app\nexec=/n\n", 25);
	snprintf(dir, sizeof(dir), "%s", tmpdir);
	n = apps_load(dir, apps, 0, APPS_MAX);
	CHECK_EQ(n, 3);
	CHECK(!strcmp(apps[0].title, "Zed"));	/* order 1 first */
	CHECK(!strcmp(apps[1].title, "Alpha"));	/* then by title */
	CHECK(!strcmp(apps[2].title, "Beta"));
	/* a second folder adds to the first; a missing one adds none */
	CHECK_EQ(apps_load("/nonexistent", apps, n, APPS_MAX), 3);
	CHECK_EQ(apps_load(dir, apps, n, 4), 4);
	remove_tmpdir();
}

int main(void)
{
	test_good();
	test_bad();
	test_argv();
	test_load();
	return check_summary();
}
