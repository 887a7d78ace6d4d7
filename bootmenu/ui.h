/* SPDX-License-Identifier: MIT */
/*
 * ui: the menu's screens, drawn into a framebuffer.
 */
#ifndef LIN64_UI_H
#define LIN64_UI_H

#include <stdint.h>

#include "boot.h"
#include "menu.h"
#include "pad.h"
#include "toc.h"

/* The list, the highlighted entry's description and the countdown. */
void ui_draw_list(uint16_t *fb, const struct toc *toc, const struct menu *m);

/* A message screen: a title, up to two lines and "B: back" if @can_go_back. */
void ui_draw_message(uint16_t *fb, const char *title, const char *line1,
		     const char *line2, int can_go_back);

/* RAM, TV standard, CIC seed, build id and the four controller ports. */
void ui_draw_sysinfo(uint16_t *fb, const struct toc *toc,
		     const struct boot_info *info,
		     const struct pad_state pads[PAD_PORTS]);

#endif
