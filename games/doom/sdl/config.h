/* SPDX-License-Identifier: MIT */
/*
 * config.h - what Chocolate Doom's build system would have found.
 *
 * Lin64 builds the engine from a fixed list of files (games/doom/doom.mk)
 * instead of running its autotools, so the few facts it asks about are
 * stated here: the same for the host and the N64 build.
 */
#ifndef LIN64_DOOM_CONFIG_H
#define LIN64_DOOM_CONFIG_H

#define PACKAGE_NAME "Chocolate Doom"
#define PACKAGE_TARNAME "chocolate-doom"
#define PACKAGE_VERSION "3.0.1"
#define PACKAGE_STRING "Chocolate Doom 3.0.1 (Lin64)"
#define PROGRAM_PREFIX "chocolate-"

#define HAVE_DIRENT_H
#define HAVE_DECL_STRCASECMP 1
#define HAVE_DECL_STRNCASECMP 1

#endif
