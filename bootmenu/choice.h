/* SPDX-License-Identifier: MIT */
/*
 * choice: the last entry started, as one 8-byte EEPROM block.  The entry
 * is kept by the CRC-32 of its id, not its position, so that a rebuilt
 * ROM with other entries never starts the wrong one.
 */
#ifndef LIN64_CHOICE_H
#define LIN64_CHOICE_H

#include <stdint.h>

#include "toc.h"

#define CHOICE_BLOCK		0	/* the EEPROM block it lives in */
#define CHOICE_BYTES		8

/* The block that remembers entry @index. */
void choice_encode(const struct toc *toc, uint32_t index,
		   uint8_t block[CHOICE_BYTES]);

/*
 * The entry a block remembers, or -1 for a block of something else (a
 * blank EEPROM, another program's save) or an entry the ROM no longer has.
 */
int choice_decode(const struct toc *toc, const uint8_t block[CHOICE_BYTES]);

#endif
