// SPDX-License-Identifier: MIT
#include "joybus.h"
#include "pad.h"

#define JOYBUS_READ_BUTTONS	0x01
#define STICK_THRESHOLD		40

/* Per port: tx length, rx length, command, 4 reply bytes. */
#define FRAME_BYTES		7

void pad_read_all(struct pad_state pads[PAD_PORTS])
{
	uint8_t block[JOYBUS_BLOCK] = { 0 };
	uint8_t *frame;
	int port;

	for (port = 0; port < PAD_PORTS; port++) {
		frame = block + port * FRAME_BYTES;
		frame[0] = 1;
		frame[1] = 4;
		frame[2] = JOYBUS_READ_BUTTONS;
		frame[3] = frame[4] = frame[5] = frame[6] = 0xff;
	}
	block[PAD_PORTS * FRAME_BYTES] = JOYBUS_END;
	block[JOYBUS_BLOCK - 1] = JOYBUS_RUN;
	joybus_exec(block);

	for (port = 0; port < PAD_PORTS; port++) {
		frame = block + port * FRAME_BYTES;
		pads[port].present = !(frame[1] & JOYBUS_RX_ERROR);
		pads[port].buttons = pads[port].present ?
			(uint16_t)(frame[3] << 8 | frame[4]) : 0;
		pads[port].stick_x = pads[port].present ? (int8_t)frame[5] : 0;
		pads[port].stick_y = pads[port].present ? (int8_t)frame[6] : 0;
	}
}

uint16_t pad_menu_buttons(const struct pad_state *pad)
{
	uint16_t b = pad->buttons;

	if (pad->stick_y > STICK_THRESHOLD)
		b |= PAD_UP;
	if (pad->stick_y < -STICK_THRESHOLD)
		b |= PAD_DOWN;
	if (pad->stick_x < -STICK_THRESHOLD)
		b |= PAD_LEFT;
	if (pad->stick_x > STICK_THRESHOLD)
		b |= PAD_RIGHT;
	return b;
}
