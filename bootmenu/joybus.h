/* SPDX-License-Identifier: MIT */
/*
 * joybus: running a block of commands through the PIF, which talks to the
 * controller ports (channels 0-3) and the cartridge's EEPROM (channel 4).
 *
 * A block is 64 bytes of PIF RAM: per channel, tx length, rx length, the
 * command and its bytes, room for the reply; 0x00 skips a channel, 0xfe
 * ends the list, and the last byte set to 1 tells the PIF to run it.
 */
#ifndef LIN64_JOYBUS_H
#define LIN64_JOYBUS_H

#include <stdint.h>

#define JOYBUS_BLOCK		64
#define JOYBUS_SKIP		0x00
#define JOYBUS_END		0xfe
#define JOYBUS_RUN		0x01	/* in block[63] */
#define JOYBUS_RX_ERROR		0xc0	/* rx length bits: no device, overrun */

/* Send @block to the PIF, let it run, and read the replies back into it. */
void joybus_exec(uint8_t block[JOYBUS_BLOCK]);

/* The PIF boot-termination command (the PIF halts the CPU without it). */
void joybus_end_boot(void);

#endif
