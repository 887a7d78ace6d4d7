/* SPDX-License-Identifier: MIT */
/*
 * fmt: the few ways the boot menu turns values into text, appending to a
 * buffer that ends at @end.  Each returns where the text now ends; the
 * result is always NUL-terminated and never runs past @end.
 */
#ifndef LIN64_FMT_H
#define LIN64_FMT_H

#include <stdint.h>

char *fmt_str(char *p, char *end, const char *s);
char *fmt_dec(char *p, char *end, uint32_t v);
char *fmt_hex(char *p, char *end, uint32_t v, int digits);	/* "0x" and @digits */

#endif
