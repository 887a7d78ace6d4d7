// SPDX-License-Identifier: MIT
#include "menu.h"
#include "pad.h"

void menu_init(struct menu *m, int count, int default_index,
	       uint32_t countdown_seconds, uint32_t rate)
{
	m->count = count;
	m->cursor = default_index;
	m->default_index = default_index;
	m->countdown = countdown_seconds * rate;
	m->rate = rate;
	m->held = 0;
	m->held_frames = 0;
}

uint32_t menu_seconds_left(const struct menu *m)
{
	return (m->countdown + m->rate - 1) / m->rate;
}

uint16_t menu_pressed(struct menu *m, uint16_t buttons)
{
	uint16_t pressed = buttons & ~m->held;

	m->held = buttons;
	return pressed;
}

/* True on the first frame of a press and then at the repeat rate. */
static int repeats(struct menu *m, uint16_t buttons, uint16_t pressed,
		   uint16_t dir)
{
	if (!(buttons & dir))
		return 0;
	if (pressed & dir) {
		m->held_frames = 0;
		return 1;
	}
	m->held_frames++;
	return m->held_frames >= MENU_REPEAT_DELAY &&
	       (m->held_frames - MENU_REPEAT_DELAY) % MENU_REPEAT_EVERY == 0;
}

enum menu_action menu_update(struct menu *m, uint16_t buttons)
{
	uint16_t pressed = menu_pressed(m, buttons);

	if (pressed)
		m->countdown = 0;
	else if (m->countdown && --m->countdown == 0) {
		m->cursor = m->default_index;
		return MENU_LAUNCH;
	}
	if (m->count <= 0)
		return MENU_NONE;

	if (pressed & PAD_START) {
		m->cursor = m->default_index;
		return MENU_LAUNCH;
	}
	if (pressed & PAD_A)
		return MENU_LAUNCH;
	if (repeats(m, buttons, pressed, PAD_UP))
		m->cursor = (m->cursor + m->count - 1) % m->count;
	else if (repeats(m, buttons, pressed, PAD_DOWN))
		m->cursor = (m->cursor + 1) % m->count;
	return MENU_NONE;
}
