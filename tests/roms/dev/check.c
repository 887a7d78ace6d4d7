// SPDX-License-Identifier: MIT
#include "console.h"
#include "dev.h"
#include "n64.h"

static uint32_t passed, failed;

static void report(const char *name, int ok)
{
	if (ok)
		passed++;
	else
		failed++;
	console_str(ok ? "ok: " : "FAIL: ");
	console_str(name);
}

void check(const char *name, uint32_t got, uint32_t want)
{
	report(name, got == want);
	if (got != want) {
		console_str(" got=");
		console_hex(got);
		console_str(" want=");
		console_hex(want);
	}
	console_end();
}

void check_range(const char *name, uint32_t got, uint32_t lo, uint32_t hi)
{
	report(name, got >= lo && got <= hi);
	console_str(" got=");
	console_dec(got);
	console_str(" want=");
	console_dec(lo);
	console_str("..");
	console_dec(hi);
	console_end();
}

void check_tally(void)
{
	console_dec(passed);
	console_str(" passed, ");
	console_dec(failed);
	console_str(" failed");
	console_end();
}

int wait_mi(uint32_t bits, uint32_t ticks)
{
	uint32_t start = cp0_count();

	while (!(io_read(MI_INTR) & bits))
		if (cp0_count() - start > ticks)
			return 0;
	return 1;
}
