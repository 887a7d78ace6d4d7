/* SPDX-License-Identifier: MIT */
/*
 * cache: keeping the VR4300's caches honest around DMA and jumps into
 * freshly loaded code (16 KiB I-cache, 32-byte lines; 8 KiB write-back
 * D-cache, 16-byte lines).
 */
#ifndef LIN64_CACHE_H
#define LIN64_CACHE_H

#include <stdint.h>

/* Drop the D-cache lines of a range without writing them back. */
void dcache_invalidate(const void *addr, uint32_t len);

/* Write back the dirty D-cache lines of a range and drop them. */
void dcache_writeback_invalidate(const void *addr, uint32_t len);

/* Drop the I-cache lines of a range (after loading code into it). */
void icache_invalidate(const void *addr, uint32_t len);

#endif
