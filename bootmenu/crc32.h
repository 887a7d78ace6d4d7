/* SPDX-License-Identifier: MIT */
/**
 * @file crc32.h
 * @brief IEEE 802.3 CRC-32, small enough for the boot menu.
 *
 * The reflected polynomial 0xEDB88320 with initial value and final XOR
 * 0xFFFFFFFF: the CRC of zlib, gzip and PNG, so `crc32 file` style tools
 * agree with it.  The code works four bits at a time from a 16-entry table
 * (64 bytes) because the boot menu cares more about size than speed.
 *
 * Freestanding: needs only <stdint.h>.
 */
#ifndef LIN64_CRC32_H
#define LIN64_CRC32_H

#include <stdint.h>

/**
 * @brief Continue a CRC-32 over more data.
 *
 * Start with @p crc = 0; feed the previous return value to continue, so
 * crc32_update(crc32_update(0, a, n), b, m) equals the CRC of a followed
 * by b.
 *
 * @param crc   CRC of the data so far (0 for none)
 * @param data  next bytes
 * @param len   number of bytes at @p data
 * @return      CRC of all the data so far
 */
uint32_t crc32_update(uint32_t crc, const void *data, uint32_t len);

/**
 * @brief CRC-32 of one buffer.
 *
 * @param data  bytes to check
 * @param len   number of bytes
 * @return      the CRC ("123456789" gives 0xCBF43926)
 */
uint32_t crc32(const void *data, uint32_t len);

#endif
