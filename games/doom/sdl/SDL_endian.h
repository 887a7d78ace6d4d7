/* SPDX-License-Identifier: MIT */
/*
 * SDL_endian.h stand-in: the engine only asks SDL for byte swaps (WAD
 * data is little-endian, MIDI big-endian) and for the host's byte order.
 * The N64 is big-endian, so these matter there.
 */
#ifndef LIN64_SDL_ENDIAN_H
#define LIN64_SDL_ENDIAN_H

#include <stdint.h>

#define SDL_LIL_ENDIAN 1234
#define SDL_BIG_ENDIAN 4321

#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define SDL_BYTEORDER SDL_BIG_ENDIAN
#define SDL_SwapLE16(x) __builtin_bswap16((uint16_t)(x))
#define SDL_SwapLE32(x) __builtin_bswap32((uint32_t)(x))
#define SDL_SwapBE16(x) ((uint16_t)(x))
#define SDL_SwapBE32(x) ((uint32_t)(x))
#else
#define SDL_BYTEORDER SDL_LIL_ENDIAN
#define SDL_SwapLE16(x) ((uint16_t)(x))
#define SDL_SwapLE32(x) ((uint32_t)(x))
#define SDL_SwapBE16(x) __builtin_bswap16((uint16_t)(x))
#define SDL_SwapBE32(x) __builtin_bswap32((uint32_t)(x))
#endif

#endif
