// SPDX-License-Identifier: MIT
#include "fmt.h"

char *fmt_str(char *p, char *end, const char *s)
{
	while (*s && p < end - 1)
		*p++ = *s++;
	*p = '\0';
	return p;
}

char *fmt_dec(char *p, char *end, uint32_t v)
{
	char digits[11];
	int n = 0;

	do {
		digits[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	while (n && p < end - 1)
		*p++ = digits[--n];
	*p = '\0';
	return p;
}

char *fmt_hex(char *p, char *end, uint32_t v, int digits)
{
	static const char hex[] = "0123456789abcdef";

	p = fmt_str(p, end, "0x");
	while (digits-- && p < end - 1)
		*p++ = hex[(v >> (4 * digits)) & 0xf];
	*p = '\0';
	return p;
}
