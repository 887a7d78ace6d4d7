// SPDX-License-Identifier: MIT
/* libfb's drawing and colours, libpad's presses, repeat and stick. */
#include <linux/input-event-codes.h>
#include <string.h>

#include "check.h"
#include "lin64/fb.h"
#include "lin64/pad.h"

#define W 16
#define H 12

static uint16_t pixels[H][W + 4];	/* a stride wider than the width */
static struct fb fb = { &pixels[0][0], W, H, W + 4, NULL };

static int count(uint16_t color)
{
	int x, y, n = 0;

	for (y = 0; y < H; y++)
		for (x = 0; x < W + 4; x++)
			n += pixels[y][x] == color;
	return n;
}

static void test_colours(void)
{
	static const uint8_t rgb[] = { 255, 255, 255, 0, 0, 0, 255, 0, 8 };
	uint16_t pal[3];
	uint8_t back[3];

	CHECK_EQ(FB_RGB(255, 255, 255), 0xffff);
	CHECK_EQ(FB_RGB(0, 0, 0), 0x0001);
	CHECK_EQ(FB_RGB(255, 0, 0), 0xf801);
	CHECK_EQ(FB_RGB(0, 255, 0), 0x07c1);
	CHECK_EQ(FB_RGB(0, 0, 255), 0x003f);
	CHECK_EQ(fb_rgb(0x1ff, 0, 0), FB_RGB(255, 0, 0));
	fb_palette(pal, rgb, 3);
	CHECK_EQ(pal[0], 0xffff);
	CHECK_EQ(pal[1], 0x0001);
	CHECK_EQ(pal[2], FB_RGB(255, 0, 8));
	fb_unrgb(0xffff, back);
	CHECK(back[0] == 255 && back[1] == 255 && back[2] == 255);
	fb_unrgb(FB_RGB(128, 64, 8), back);
	CHECK(back[0] == 132 && back[1] == 66 && back[2] == 8);
}

static void test_fill_and_clip(void)
{
	memset(pixels, 0, sizeof(pixels));
	fb_fill(&fb, -2, -2, 4, 4, 7);
	CHECK_EQ(count(7), 4);
	CHECK_EQ(pixels[1][1], 7);
	fb_fill(&fb, W - 1, H - 1, 10, 10, 9);
	CHECK_EQ(count(9), 1);
	CHECK_EQ(pixels[0][W], 0);	/* nothing past the width */
	fb_fill(&fb, W, 0, 5, 5, 3);
	CHECK_EQ(count(3), 0);
}

static void test_blit(void)
{
	static const uint8_t src[2][3] = { { 0, 1, 2 }, { 2, 1, 0 } };
	static const uint16_t pal[3] = { 10, 11, 12 };

	memset(pixels, 0, sizeof(pixels));
	fb_blit8(&fb, 1, 1, &src[0][0], 3, 2, 3, pal, 1);
	CHECK_EQ(pixels[1][1], 10);
	CHECK_EQ(pixels[1][3], 12);
	CHECK_EQ(pixels[2][1], 12);
	CHECK_EQ(count(11), 2);
	/* scaled 2x and clipped on the left and at the bottom */
	memset(pixels, 0, sizeof(pixels));
	fb_blit8(&fb, -1, H - 3, &src[0][0], 3, 2, 3, pal, 2);
	CHECK_EQ(pixels[H - 3][0], 10);	/* second column of pixel 0 */
	CHECK_EQ(pixels[H - 3][1], 11);
	CHECK_EQ(pixels[H - 3][4], 12);
	CHECK_EQ(pixels[H - 1][0], 12);
	CHECK_EQ(count(11), 6);
}

static void test_text(void)
{
	memset(pixels, 0, sizeof(pixels));
	CHECK_EQ(fb_text(&fb, 0, 0, "||", 5), 16);
	CHECK(count(5) > 4);	/* ink, on a transparent background */
	CHECK_EQ(pixels[0][W], 0);
	fb_glyph(&fb, 8, 4, ' ', 1, 2);
	CHECK_EQ(count(2), 64);		/* a space is all paper */
	fb_glyph(&fb, 0, 4, 0x01, 1, 2);	/* not ASCII: a box, not a crash */
	CHECK(count(1) > 0);
}

static void test_pad(void)
{
	struct pad_state s;

	memset(&s, 0, sizeof(s));
	pad_state_begin(&s);
	pad_state_update(&s, PAD_A, 0, 0, 1000);
	CHECK_EQ(s.pressed, PAD_A);
	CHECK_EQ(s.repeated, PAD_A);
	pad_state_begin(&s);
	pad_state_update(&s, PAD_A, 0, 0, 1000 + PAD_REPEAT_DELAY_MS - 1);
	CHECK_EQ(s.pressed, 0);
	CHECK_EQ(s.repeated, 0);
	pad_state_begin(&s);
	pad_state_update(&s, PAD_A, 0, 0, 1000 + PAD_REPEAT_DELAY_MS);
	CHECK_EQ(s.repeated, PAD_A);
	pad_state_begin(&s);
	pad_state_update(&s, PAD_A, 0, 0,
			 1000 + PAD_REPEAT_DELAY_MS + PAD_REPEAT_EVERY_MS);
	CHECK_EQ(s.repeated, PAD_A);
	/* a press and a release within one poll still count */
	pad_state_begin(&s);
	pad_state_update(&s, 0, 0, 0, 3000);
	pad_state_update(&s, PAD_B, 0, 0, 3001);
	pad_state_update(&s, 0, 0, 0, 3002);
	CHECK_EQ(s.pressed, PAD_B);
	CHECK_EQ(s.released, PAD_A | PAD_B);
	CHECK_EQ(s.held, 0);
	/* the stick: dead zone, then four buttons; y is up */
	pad_state_begin(&s);
	pad_state_update(&s, 0, PAD_DEAD_ZONE - 1, -(PAD_DEAD_ZONE - 1), 4000);
	CHECK_EQ(s.x, 0);
	CHECK_EQ(s.held, 0);
	pad_state_update(&s, 0, 80, 40, 4001);
	CHECK_EQ(s.held, PAD_STICK_RIGHT | PAD_STICK_UP);
	CHECK_EQ(s.x, 80);
	pad_state_update(&s, 0, -80, -80, 4002);
	CHECK_EQ(s.held, PAD_STICK_LEFT | PAD_STICK_DOWN);
	/* the clock wrapping around does not stall repeat */
	memset(&s, 0, sizeof(s));
	pad_state_update(&s, PAD_Z, 0, 0, 0xffffff00u);
	pad_state_begin(&s);
	pad_state_update(&s, PAD_Z, 0, 0, 0xffffff00u + PAD_REPEAT_DELAY_MS);
	CHECK_EQ(s.repeated, PAD_Z);
}

static void test_evdev_map(void)
{
	CHECK_EQ(pad_button_of_evdev(BTN_0), PAD_A);
	CHECK_EQ(pad_button_of_evdev(BTN_1), PAD_B);
	CHECK_EQ(pad_button_of_evdev(BTN_2), PAD_L);
	CHECK_EQ(pad_button_of_evdev(BTN_3), PAD_R);
	CHECK_EQ(pad_button_of_evdev(BTN_Z), PAD_Z);
	CHECK_EQ(pad_button_of_evdev(BTN_START), PAD_START);
	CHECK_EQ(pad_button_of_evdev(BTN_DPAD_LEFT), PAD_LEFT);
	CHECK_EQ(pad_button_of_evdev(BTN_FORWARD), PAD_C_UP);
	CHECK_EQ(pad_button_of_evdev(BTN_RIGHT), PAD_C_RIGHT);
	CHECK_EQ(pad_button_of_evdev(KEY_A), 0);
	CHECK(!strcmp(pad_button_name(PAD_C_DOWN), "C_DOWN"));
	CHECK(!strcmp(pad_button_name(PAD_STICK_LEFT), "STICK_LEFT"));
	CHECK(!strcmp(pad_button_name(PAD_A | PAD_B), "?"));
}

int main(void)
{
	test_colours();
	test_fill_and_clip();
	test_blit();
	test_text();
	test_pad();
	test_evdev_map();
	return check_summary();
}
