/* SPDX-License-Identifier: MIT */
/*
 * pad: N64 controllers through the SI and the PIF's joybus.
 */
#ifndef LIN64_PAD_H
#define LIN64_PAD_H

#include <stdint.h>

#define PAD_PORTS	4

/* Button bits as the controller reports them. */
#define PAD_A		0x8000
#define PAD_B		0x4000
#define PAD_Z		0x2000
#define PAD_START	0x1000
#define PAD_UP		0x0800
#define PAD_DOWN	0x0400
#define PAD_LEFT	0x0200
#define PAD_RIGHT	0x0100
#define PAD_L		0x0020
#define PAD_R		0x0010
#define PAD_C_UP	0x0008
#define PAD_C_DOWN	0x0004
#define PAD_C_LEFT	0x0002
#define PAD_C_RIGHT	0x0001

struct pad_state {
	int present;		/* a controller answered on this port */
	uint16_t buttons;
	int8_t stick_x, stick_y;
};

/* Read all four ports; an empty port reads as not present, no buttons. */
void pad_read_all(struct pad_state pads[PAD_PORTS]);

/*
 * The buttons of port 1, with the stick past half-way counted as the
 * d-pad, so that menus need not care which the player uses.
 */
uint16_t pad_menu_buttons(const struct pad_state *pad);

#endif
