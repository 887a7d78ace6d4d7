// SPDX-License-Identifier: MIT
#include <stddef.h>

#include "eeprom.h"
#include "joybus.h"

#define EEPROM_CHANNEL		4
#define EEPROM_CMD_INFO		0x00
#define EEPROM_CMD_READ		0x04
#define EEPROM_CMD_WRITE	0x05
#define EEPROM_TYPE_4K		0x0080
#define EEPROM_TYPE_16K		0x00c0

/*
 * Runs one command on the EEPROM's channel: the controller channels are
 * skipped, the frame is tx length, rx length, the @tx command bytes and
 * room for @rx reply bytes.  Returns a pointer to the reply, or NULL.
 */
static const uint8_t *eeprom_command(uint8_t block[JOYBUS_BLOCK],
				     const uint8_t *tx, int tx_len, int rx_len)
{
	uint8_t *frame = block + EEPROM_CHANNEL;	/* one skip byte a channel */
	int i;

	for (i = 0; i < JOYBUS_BLOCK; i++)
		block[i] = JOYBUS_SKIP;
	frame[0] = tx_len;
	frame[1] = rx_len;
	for (i = 0; i < tx_len; i++)
		frame[2 + i] = tx[i];
	for (i = 0; i < rx_len; i++)
		frame[2 + tx_len + i] = 0xff;
	frame[2 + tx_len + rx_len] = JOYBUS_END;
	block[JOYBUS_BLOCK - 1] = JOYBUS_RUN;

	joybus_exec(block);
	return frame[1] & JOYBUS_RX_ERROR ? NULL : frame + 2 + tx_len;
}

int eeprom_present(void)
{
	static const uint8_t info[] = { EEPROM_CMD_INFO };
	uint8_t block[JOYBUS_BLOCK];
	const uint8_t *reply = eeprom_command(block, info, 1, 3);
	uint16_t type = reply ? (uint16_t)(reply[0] << 8 | reply[1]) : 0;

	return type == EEPROM_TYPE_4K || type == EEPROM_TYPE_16K;
}

int eeprom_read(uint8_t block_no, uint8_t data[EEPROM_BLOCK_BYTES])
{
	const uint8_t tx[] = { EEPROM_CMD_READ, block_no };
	uint8_t block[JOYBUS_BLOCK];
	const uint8_t *reply = eeprom_command(block, tx, 2, EEPROM_BLOCK_BYTES);
	int i;

	if (!reply)
		return -1;
	for (i = 0; i < EEPROM_BLOCK_BYTES; i++)
		data[i] = reply[i];
	return 0;
}

int eeprom_write(uint8_t block_no, const uint8_t data[EEPROM_BLOCK_BYTES])
{
	uint8_t tx[2 + EEPROM_BLOCK_BYTES] = { EEPROM_CMD_WRITE, block_no };
	uint8_t block[JOYBUS_BLOCK];
	int i;

	for (i = 0; i < EEPROM_BLOCK_BYTES; i++)
		tx[2 + i] = data[i];
	return eeprom_command(block, tx, sizeof(tx), 1) ? 0 : -1;
}
