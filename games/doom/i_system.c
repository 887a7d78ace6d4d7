/* SPDX-License-Identifier: MIT */
/*
 * i_system.c - start-up, exit and errors for Chocolate Doom on Lin64.
 *
 * The zone is sized from what the machine has free when Doom starts
 * (memory.c), errors go to the console and the screen, and at exit Doom
 * reports its peak memory (rss_peak_kb, a `make bench` figure).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "doomstat.h"
#include "doomtype.h"
#include "i_system.h"
#include "m_argv.h"
#include "m_misc.h"
#include "memory.h"
#include "platform.h"
#include "procinfo.h"
#include "SDL_filesystem.h"

struct exit_func {
	atexit_func_t func;
	boolean run_on_error;
	struct exit_func *next;
};

static struct exit_func *exit_funcs;
static ticcmd_t empty_ticcmd;

byte *I_ZoneBase(int *size)
{
	long available = proc_kb("/proc/meminfo", "MemAvailable");
	long kb = zone_size_kb(available);
	byte *zone = kb ? malloc(kb * 1024) : NULL;

	printf("mem_available_kb=%ld zone_kb=%ld\n", available, kb);
	if (!zone)
		I_Error("not enough memory: %ld KiB free, Doom needs %d KiB",
			available, ZONE_MIN_KB + ZONE_RESERVE_KB);
	*size = kb * 1024;
	return zone;
}

/* Configuration and saved games: the cart filesystem is read-only and
 * the N64 has no other storage Linux can write yet, so they live in
 * /tmp (tmpfs, lost at power-off) unless $DOOM_HOME says otherwise. */
char *SDL_GetPrefPath(const char *org, const char *app)
{
	const char *home = getenv("DOOM_HOME");

	(void)org;
	(void)app;
	return M_StringJoin(home ? home : "/tmp/doom", "/", NULL);
}

boolean I_ConsoleStdout(void)
{
	return isatty(STDOUT_FILENO);
}

ticcmd_t *I_BaseTiccmd(void)
{
	return &empty_ticcmd;
}

void I_AtExit(atexit_func_t func, boolean run_on_error)
{
	struct exit_func *entry = malloc(sizeof(*entry));

	if (!entry)
		return;
	entry->func = func;
	entry->run_on_error = run_on_error;
	entry->next = exit_funcs;
	exit_funcs = entry;
}

/* Run the engine's exit functions (each once, even if one fails). */
static void run_exit_funcs(boolean error)
{
	while (exit_funcs) {
		struct exit_func *entry = exit_funcs;

		exit_funcs = entry->next;
		if (entry->run_on_error || !error)
			entry->func();
		free(entry);
	}
}

static NORETURN void finish(int status)
{
	printf("rss_peak_kb=%ld\n", proc_kb("/proc/self/status", "VmHWM"));
	fflush(stdout);
	exit(status);
}

void I_Quit(void)
{
	run_exit_funcs(false);
	finish(0);
}

/*
 * The engine ends a timedemo through I_Error() with its result, "timed N
 * gametics in N realtics" (g_game.c, G_CheckDemoStatus, which clears
 * timingdemo first): that is the program's answer, not an error.
 */
static boolean is_timedemo_result(const char *msg)
{
	return M_ParmExists("-timedemo") && !strncmp(msg, "timed ", 6);
}

/*
 * Where the demo left the player: a build that plays a demo differently
 * (a desync: another byte order, compiler or change) ends elsewhere, so
 * the tests compare this line with the one recorded (tests/ref/).
 */
static void print_demo_end(void)
{
	const player_t *p = &players[consoleplayer];

	printf("demo_end health=%d armor=%d kills=%d items=%d secrets=%d "
	       "x=%d y=%d angle=%u\n", p->health, p->armorpoints, p->killcount,
	       p->itemcount, p->secretcount, p->mo ? p->mo->x : 0,
	       p->mo ? p->mo->y : 0, p->mo ? p->mo->angle : 0u);
}

void I_Error(const char *error, ...)
{
	static boolean already_quitting;
	char msg[512];
	va_list ap;

	if (already_quitting) {
		fprintf(stderr, "error: another error while stopping\n");
		exit(1);
	}
	already_quitting = true;
	va_start(ap, error);
	M_vsnprintf(msg, sizeof(msg), error, ap);
	va_end(ap);
	if (is_timedemo_result(msg)) {
		printf("%s\n", msg);
		print_demo_end();
		run_exit_funcs(false);
		finish(0);
	}
	fprintf(stderr, "error %s\n", msg);
	video_show_error(msg);
	run_exit_funcs(true);
	finish(1);
}

void I_Tactile(int on, int off, int total)
{
	(void)on;
	(void)off;
	(void)total;
}

void *I_Realloc(void *ptr, size_t size)
{
	void *grown = realloc(ptr, size);

	if (size && !grown)
		I_Error("I_Realloc: no memory for %zu bytes", size);
	return grown;
}

/* Vanilla Doom read DOS memory through a null sector pointer (a broken
 * map); there is no such memory here, and the caller keeps zeros. */
boolean I_GetMemoryValue(unsigned int offset, void *value, int size)
{
	(void)offset;
	(void)value;
	(void)size;
	return false;
}

void I_PrintDivider(void)
{
	puts("===========================================================================");
}

void I_PrintBanner(const char *text)
{
	printf("%*s%s\n", 35 - (int)(strlen(text) / 2), "", text);
}

void I_PrintStartupBanner(const char *gamedescription)
{
	I_PrintDivider();
	I_PrintBanner(gamedescription);
	I_PrintDivider();
	puts(PACKAGE_NAME " is free software under the GNU GPL, with NO warranty.");
	I_PrintDivider();
}
