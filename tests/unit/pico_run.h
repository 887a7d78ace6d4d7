/* SPDX-License-Identifier: MIT */
/*
 * pico_run.h - run a snippet of cart code on a fresh PICO-8 machine
 * (games/pico) and read back what it left in the global r.  Header-only,
 * like check.h, for test_pico_lua.c and test_pico.c.
 */
#ifndef LIN64_PICO_RUN_H
#define LIN64_PICO_RUN_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "pico.h"

/* A machine that loaded @cart (the whole .p8 text) and booted it; NULL
 * if it failed to load.  A boot error is left in p->error. */
static struct pico *pico_run_cart(const char *cart)
{
	struct pico *p = pico_new();

	if (!p || pico_load(p, cart, strlen(cart), "test.p8")) {
		if (p)
			fprintf(stderr, "load: %s\n", p->error);
		pico_free(p);
		return NULL;
	}
	pico_boot(p);
	return p;
}

/* Boot a cart made of @code alone and return tostr(r) in @out, or the
 * error's first line prefixed with "error: ". */
static const char *pico_run(const char *code, char *out, size_t size)
{
	static const char head[] = "pico-8 cartridge // http://www.pico-8.com\n__lua__\n";
	char *cart = malloc(sizeof(head) + strlen(code) + 1);
	struct pico *p;

	snprintf(cart, sizeof(head) + strlen(code) + 1, "%s%s", head, code);
	p = pico_run_cart(cart);
	free(cart);
	if (!p) {
		snprintf(out, size, "error: load");
		return out;
	}
	if (p->error[0]) {
		snprintf(out, size, "error: %s", p->error);
	} else {
		lua_getglobal(p->L, "tostr");
		lua_getglobal(p->L, "r");
		lua_call(p->L, 1, 1);
		snprintf(out, size, "%s", lua_tostring(p->L, -1));
	}
	pico_free(p);
	return out;
}

/* A table-driven case: cart code that leaves its result in r, and the
 * text pico_run() must give. */
struct pico_case {
	const char *code;
	const char *want;
};

/* Run each case as a CHECK (check.h, included first). */
static void pico_run_cases(const char *group, const struct pico_case *c, size_t n)
{
	char got[300];
	size_t i;

	for (i = 0; i < n; i++) {
		pico_run(c[i].code, got, sizeof(got));
		if (!check_report(!strcmp(got, c[i].want), __FILE__, __LINE__, c[i].code))
			fprintf(stderr, "    %s: got \"%s\", want \"%s\"\n", group, got,
				c[i].want);
	}
}

#endif
