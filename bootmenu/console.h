/* SPDX-License-Identifier: MIT */
/*
 * console: machine-readable lines on the IS-Viewer, the one text channel
 * emulators and flash carts share ("bootmenu: launch linux-shell").
 */
#ifndef LIN64_CONSOLE_H
#define LIN64_CONSOLE_H

#include <stdint.h>

/* Append text or a number to the line being built. */
void console_str(const char *s);
void console_dec(uint32_t v);
void console_hex(uint32_t v);		/* as 0x%08x */

/* Send the line with a '\n' and start a new one. */
void console_end(void);

#endif
