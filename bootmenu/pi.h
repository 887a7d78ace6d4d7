/* SPDX-License-Identifier: MIT */
/*
 * pi: reading the cartridge through the peripheral interface.
 */
#ifndef LIN64_PI_H
#define LIN64_PI_H

#include <stdint.h>

/*
 * Copy @len bytes of ROM at @rom_offset to @dst (a KSEG0 address) by DMA
 * and make the CPU caches forget what they held of that range.  @dst must
 * be 8-byte aligned and @rom_offset 2-byte aligned; the DMA moves whole
 * 8-byte units, so up to 7 bytes past @len may be overwritten.
 */
void pi_read(void *dst, uint32_t rom_offset, uint32_t len);

/* One 32-bit word of cartridge space (ROM offsets count from 0x10000000). */
uint32_t pi_read_word(uint32_t cart_addr);
void pi_write_word(uint32_t cart_addr, uint32_t value);

#endif
