// SPDX-License-Identifier: MIT
#include "cache.h"
#include "n64.h"
#include "pad.h"

#define SI_DRAM_ADDR		0x04800000
#define SI_PIF_ADDR_RD64B	0x04800004
#define SI_PIF_ADDR_WR64B	0x04800010
#define SI_STATUS		0x04800018
#define  SI_STATUS_BUSY		0x3	/* DMA or I/O */
#define PIF_RAM			0x1fc007c0

#define JOYBUS_READ_BUTTONS	0x01
#define JOYBUS_ERROR		0xc0	/* in the rx length: no device or timeout */
#define PIF_CMD_END		0xfe
#define PIF_RUN_JOYBUS		0x01	/* last byte: process the commands */
#define STICK_THRESHOLD		40

/* Per port: tx length, rx length, command, 4 reply bytes. */
#define FRAME_BYTES		7

static uint8_t pif_block[64] __attribute__((aligned(16)));

static void si_wait(void)
{
	while (io_read(SI_STATUS) & SI_STATUS_BUSY)
		;
}

static void si_transfer(uint32_t pif_reg)
{
	dcache_writeback_invalidate(pif_block, sizeof(pif_block));
	si_wait();
	io_write(SI_DRAM_ADDR, PHYS(pif_block));
	io_write(pif_reg, PIF_RAM);
	si_wait();
	dcache_invalidate(pif_block, sizeof(pif_block));
}

void pad_read_all(struct pad_state pads[PAD_PORTS])
{
	uint8_t *frame;
	int port;

	for (port = 0; port < 64; port++)
		pif_block[port] = 0;
	for (port = 0; port < PAD_PORTS; port++) {
		frame = pif_block + port * FRAME_BYTES;
		frame[0] = 1;
		frame[1] = 4;
		frame[2] = JOYBUS_READ_BUTTONS;
		frame[3] = frame[4] = frame[5] = frame[6] = 0xff;
	}
	pif_block[PAD_PORTS * FRAME_BYTES] = PIF_CMD_END;
	pif_block[63] = PIF_RUN_JOYBUS;

	si_transfer(SI_PIF_ADDR_WR64B);
	si_transfer(SI_PIF_ADDR_RD64B);

	for (port = 0; port < PAD_PORTS; port++) {
		frame = pif_block + port * FRAME_BYTES;
		pads[port].present = !(frame[1] & JOYBUS_ERROR);
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
