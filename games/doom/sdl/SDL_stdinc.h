/* SPDX-License-Identifier: MIT */
/*
 * SDL_stdinc.h stand-in: the C library does what the engine asks of SDL
 * here (m_argv.c sorts its arguments, m_config.c frees a path).
 */
#ifndef LIN64_SDL_STDINC_H
#define LIN64_SDL_STDINC_H

#include <stdlib.h>

#define SDL_qsort qsort
#define SDL_free free

#endif
