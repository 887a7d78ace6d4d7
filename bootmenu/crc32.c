/* SPDX-License-Identifier: MIT */
/*
 * crc32.c - IEEE CRC-32, one nibble at a time.
 *
 * nibble_table[i] is the CRC register contribution of the four bits i
 * after they have been shifted out of a reflected register, i.e. four
 * rounds of "shift right, XOR the polynomial if the low bit was set".
 * Two lookups per byte instead of one costs little next to the PI DMA the
 * boot menu waits on anyway, and the table is 64 bytes instead of 1 KiB.
 */
#include "crc32.h"

static const uint32_t nibble_table[16] = {
	0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC,
	0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
	0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C,
	0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C,
};

uint32_t crc32_update(uint32_t crc, const void *data, uint32_t len)
{
	const uint8_t *p = data;

	crc = ~crc;
	while (len--) {
		crc ^= *p++;
		crc = (crc >> 4) ^ nibble_table[crc & 0xF];
		crc = (crc >> 4) ^ nibble_table[crc & 0xF];
	}
	return ~crc;
}

uint32_t crc32(const void *data, uint32_t len)
{
	return crc32_update(0, data, len);
}
