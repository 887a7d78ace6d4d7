/* SPDX-License-Identifier: MIT */
/*
 * i_main.c - main(): the engine's arguments, then Doom.
 */
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "doomtype.h"
#include "i_system.h"
#include "m_argv.h"
#include "m_misc.h"

void D_DoomMain(void);

int main(int argc, char **argv)
{
	/* Line by line even into a pipe or a file: a test that stops Doom
	 * must still see every line it printed. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	myargc = argc;
	myargv = argv;
	if (M_ParmExists("-version")) {
		puts(PACKAGE_STRING);
		return 0;
	}
	M_FindResponseFile();
	M_SetExeDir();
	D_DoomMain();
	return 0;
}
