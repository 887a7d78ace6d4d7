// SPDX-License-Identifier: MIT
/*
 * osk-plan [--after TYPED] TEXT: print the joypad presses that type TEXT
 * on lin64-term's on-screen keyboard, one button name a line ("\r" is
 * Enter), from its start state or from where typing TYPED left it.  The
 * emulator tests turn them into key presses.
 */
#include <stdio.h>
#include <string.h>

#include "lin64/pad.h"
#include "osk.h"

#define MAX_PRESSES 4096

/* Plan @arg (with "\\r" for Enter) from @osk; -1 if it cannot be typed. */
static int plan(struct osk *osk, const char *arg, uint32_t *presses)
{
	char text[1024], *p;

	if (strlen(arg) >= sizeof(text))
		return -1;
	strcpy(text, arg);
	while ((p = strstr(text, "\\r"))) {
		*p = '\r';
		memmove(p + 1, p + 2, strlen(p + 2) + 1);
	}
	return osk_plan(osk, text, presses, MAX_PRESSES);
}

int main(int argc, char **argv)
{
	static uint32_t presses[MAX_PRESSES];
	struct osk osk;
	int n, i;

	osk_init(&osk);
	if (argc == 4 && !strcmp(argv[1], "--after")) {
		if (plan(&osk, argv[2], presses) < 0)
			goto cannot;
		argv += 2;
		argc -= 2;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: osk-plan [--after TYPED] TEXT  (\\r types Enter)\n");
		return 2;
	}
	n = plan(&osk, argv[1], presses);
	if (n < 0)
		goto cannot;
	for (i = 0; i < n; i++)
		puts(pad_button_name(presses[i]));
	return 0;
cannot:
	fprintf(stderr, "osk-plan: the keyboard cannot type that text\n");
	return 1;
}
