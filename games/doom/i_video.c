/* SPDX-License-Identifier: MIT */
/*
 * i_video.c - Doom's 320x200 8-bit screen on the N64's 320x240 16-bit
 * framebuffer (libfb).
 *
 * The picture is letterboxed (20-pixel black bars above and below, which
 * keeps Doom's pixels as the engine drew them and costs one table lookup
 * a pixel); a palette change (damage, pickups, gamma) rebuilds the
 * 256-entry lookup table that fb_blit8() uses.  Doom's own back buffer
 * (I_VideoBuffer) is copied in one pass when a frame is done, so the
 * screen is drawn without libfb's second 150 KiB buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lin64/fb.h>

#include "doomstat.h"
#include "i_system.h"
#include "i_video.h"
#include "palette.h"
#include "platform.h"

#define LETTERBOX_Y	((240 - SCREENHEIGHT) / 2)

pixel_t *I_VideoBuffer;
int usegamma;
boolean screenvisible = true;
boolean screensaver_mode;
int vanilla_keyboard_mapping = 1;
unsigned int joywait;
int usemouse;

static struct fb fb;
static boolean fb_is_open;
static uint8_t palette_rgb[768];	/* the engine's colours, for lookups */
static uint16_t palette_screen[256];	/* the same as r5g5b5a1 */

static int open_screen(void)
{
	if (!fb_is_open && fb_open(&fb, 0) == 0) {
		fb_is_open = true;
		fb_fill(&fb, 0, 0, fb.width, fb.height, FB_RGB(0, 0, 0));
	}
	return fb_is_open ? 0 : -1;
}

void I_InitGraphics(void)
{
	if (open_screen())
		I_Error("no screen (see the line above)");
	I_VideoBuffer = calloc(SCREENWIDTH, SCREENHEIGHT);
	if (!I_VideoBuffer)
		I_Error("no memory for the screen");
	input_init();
	I_AtExit(I_ShutdownGraphics, true);
}

void I_ShutdownGraphics(void)
{
	input_close();
}

void I_SetPalette(byte *playpal)
{
	palette_convert(playpal, usegamma, palette_rgb, palette_screen);
}

int I_GetPaletteIndex(int r, int g, int b)
{
	return palette_nearest(palette_rgb, r, g, b);
}

/* Say on the console when the title screen is first up and when a level
 * starts: tests and benchmarks wait for these lines ("doom: title screen",
 * "doom: level E1M1"), and a player's log shows where they were. */
static void report_screen(void)
{
	static boolean title_shown;
	static int shown_episode, shown_map;

	if (gamestate == GS_DEMOSCREEN && !title_shown) {
		title_shown = true;
		printf("title screen\n");
	}
	if (gamestate != GS_LEVEL) {
		shown_episode = shown_map = 0;
	} else if (gameepisode != shown_episode || gamemap != shown_map) {
		shown_episode = gameepisode;
		shown_map = gamemap;
		if (gamemode == commercial)
			printf("level MAP%02d\n", gamemap);
		else
			printf("level E%dM%d\n", gameepisode, gamemap);
	}
}

void I_FinishUpdate(void)
{
	fb_blit8(&fb, 0, LETTERBOX_Y, I_VideoBuffer, SCREENWIDTH, SCREENHEIGHT,
		 SCREENWIDTH, palette_screen, 1);
	fb_present(&fb);
	report_screen();
}

void I_ReadScreen(pixel_t *scr)
{
	memcpy(scr, I_VideoBuffer, SCREENWIDTH * SCREENHEIGHT);
}

void I_StartTic(void)
{
	input_poll();
}

/* Word-wrap @msg into the screen's 40 columns, below a title. */
void video_show_error(const char *msg)
{
	const int cols = 320 / FB_FONT_W - 2;
	char line[64];
	int y = 48;

	if (open_screen())
		return;
	fb_fill(&fb, 0, 0, fb.width, fb.height, FB_RGB(64, 0, 0));
	fb_text(&fb, FB_FONT_W, 24, "Doom could not start:",
		FB_RGB(255, 255, 255));
	while (*msg && y < fb.height - FB_FONT_H) {
		int n = (int)strcspn(msg, "\n");

		if (n > cols) {
			n = cols;
			while (n > 0 && msg[n] != ' ')
				n--;
			if (n == 0)
				n = cols;
		}
		snprintf(line, sizeof(line), "%.*s", n, msg);
		fb_text(&fb, FB_FONT_W, y, line, FB_RGB(255, 255, 0));
		y += FB_FONT_H + 2;
		msg += n;
		msg += strspn(msg, " \n");
	}
	fb_present(&fb);
}
