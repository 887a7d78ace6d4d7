/* SPDX-License-Identifier: MIT */
/*
 * SDL_filesystem.h stand-in: where the engine keeps its configuration and
 * saved games (games/doom/i_system.c says where and why).
 */
#ifndef LIN64_SDL_FILESYSTEM_H
#define LIN64_SDL_FILESYSTEM_H

#include "SDL_stdinc.h"

/* A malloc()ed directory path ending in '/'; the arguments are ignored. */
char *SDL_GetPrefPath(const char *org, const char *app);

#endif
