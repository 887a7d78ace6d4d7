// SPDX-License-Identifier: MIT
/*
 * Joybus (n64brew "Joybus Protocol", "PIF-NUS"): one PIF block asks the
 * controller on port 1 for its status (0x00) and buttons (0x01 in a second
 * block), the empty port 4 for its status, and the EEPROM on the cart
 * channel for its type.  The machine runs with one controller, no pak.
 */
#include "dev.h"
#include "joybus.h"

#define CMD_INFO		0x00
#define CMD_BUTTONS		0x01
#define RX_NO_DEVICE		0x80
#define PAD_TYPE		0x0500		/* standard controller */
#define PAD_PAK			0x01		/* status bit: pak inserted */
#define EEPROM_4K_TYPE		0x0080

/* Appends a frame of one command byte for the next channel; returns its rx byte. */
static uint8_t *frame(uint8_t **p, uint8_t cmd, uint8_t rx_len)
{
	uint8_t *f = *p, i;

	f[0] = 1;
	f[1] = rx_len;
	f[2] = cmd;
	for (i = 0; i < rx_len; i++)
		f[3 + i] = 0xff;
	*p = f + 3 + rx_len;
	return f + 1;
}

static void block_start(uint8_t block[JOYBUS_BLOCK])
{
	int i;

	for (i = 0; i < JOYBUS_BLOCK; i++)
		block[i] = 0;
	block[JOYBUS_BLOCK - 1] = JOYBUS_RUN;
}

static uint32_t be16(const uint8_t *p)
{
	return p[0] << 8 | p[1];
}

void test_joybus(void)
{
	uint8_t block[JOYBUS_BLOCK], *p = block, *pad, *empty, *cart;

	block_start(block);
	pad = frame(&p, CMD_INFO, 3);
	*p++ = JOYBUS_SKIP;			/* ports 2 and 3 */
	*p++ = JOYBUS_SKIP;
	empty = frame(&p, CMD_INFO, 3);
	cart = frame(&p, CMD_INFO, 3);
	*p = JOYBUS_END;
	joybus_exec(block);
	check("joybus: port 1 answers status", *pad & JOYBUS_RX_ERROR, 0);
	check("joybus: port 1 type 0x0500 (controller)", be16(pad + 2), PAD_TYPE);
	check("joybus: port 1 no pak", pad[4] & PAD_PAK, 0);
	check("joybus: port 4 empty: no-device bit", *empty & RX_NO_DEVICE,
	      RX_NO_DEVICE);
	check("joybus: cart channel type 0x0080 (EEPROM 4K)", be16(cart + 2),
	      EEPROM_4K_TYPE);

	block_start(block);
	p = block;
	pad = frame(&p, CMD_BUTTONS, 4);
	*p = JOYBUS_END;
	joybus_exec(block);
	check("joybus: port 1 answers a read", *pad & JOYBUS_RX_ERROR, 0);
	check("joybus: port 1 read: no button, stick centred",
	      be16(pad + 2) << 16 | be16(pad + 4), 0);
}
