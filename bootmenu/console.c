// SPDX-License-Identifier: MIT
#include "console.h"
#include "fmt.h"
#include "n64.h"
#include "pi.h"

#define LINE_MAX 256

static char line[LINE_MAX];
static uint32_t line_len;

void console_str(const char *s)
{
	line_len = fmt_str(line + line_len, line + LINE_MAX - 1, s) - line;
}

void console_dec(uint32_t v)
{
	line_len = fmt_dec(line + line_len, line + LINE_MAX - 1, v) - line;
}

void console_hex(uint32_t v)
{
	line_len = fmt_hex(line + line_len, line + LINE_MAX - 1, v, 8) - line;
}

/*
 * The IS-Viewer buffer lives in cartridge space: whole 32-bit words,
 * written through the PI, then the length hands the text over.
 */
void console_end(void)
{
	uint32_t i, word;

	line[line_len++] = '\n';
	for (i = 0; i < line_len; i += 4) {
		word = (uint32_t)(uint8_t)line[i] << 24;
		if (i + 1 < line_len)
			word |= (uint32_t)(uint8_t)line[i + 1] << 16;
		if (i + 2 < line_len)
			word |= (uint32_t)(uint8_t)line[i + 2] << 8;
		if (i + 3 < line_len)
			word |= (uint8_t)line[i + 3];
		pi_write_word(ISV_BUF + i, word);
	}
	pi_write_word(ISV_LEN, line_len);
	line_len = 0;
}
