/* SPDX-License-Identifier: MIT */
/*
 * SDL.h stand-in: engine headers name SDL_Event in prototypes of
 * functions Lin64 does not have (i_input.h); nothing else is needed.
 */
#ifndef LIN64_SDL_H
#define LIN64_SDL_H

#include "SDL_endian.h"
#include "SDL_stdinc.h"

typedef union SDL_Event SDL_Event;

#endif
