/* SPDX-License-Identifier: MIT */
/*
 * eeprom: the cartridge's save EEPROM (4 or 16 Kbit, 8-byte blocks) on
 * joybus channel 4.  Carts without one simply do not answer.
 */
#ifndef LIN64_EEPROM_H
#define LIN64_EEPROM_H

#include <stdint.h>

#define EEPROM_BLOCK_BYTES	8

/* Nonzero when an EEPROM answers the info command. */
int eeprom_present(void);

/* Read or write one 8-byte block; return 0, or -1 when nothing answers. */
int eeprom_read(uint8_t block, uint8_t data[EEPROM_BLOCK_BYTES]);
int eeprom_write(uint8_t block, const uint8_t data[EEPROM_BLOCK_BYTES]);

#endif
