/* SPDX-License-Identifier: MIT */
/*
 * check.h - the smallest unit-test harness that does the job.
 *
 * Each test file includes this header, calls CHECK()/CHECK_EQ() inside its
 * test functions and ends main() with `return check_summary();`, which prints
 * the tally line every Lin64 runner prints ("N passed, N failed") and returns
 * the exit status.  A failing check prints file:line and the expression, and
 * the test goes on so one run shows every failure.
 */
#ifndef LIN64_CHECK_H
#define LIN64_CHECK_H

#include <stdio.h>

static unsigned check_passed, check_failed;

#define CHECK(cond) check_report(!!(cond), __FILE__, __LINE__, #cond)

/* Compares as unsigned long long and prints both values on failure. */
#define CHECK_EQ(got, want)                                                  \
	check_report_eq((unsigned long long)(got), (unsigned long long)(want), \
			__FILE__, __LINE__, #got " == " #want)

static inline int check_report(int ok, const char *file, int line,
			       const char *what)
{
	if (ok) {
		check_passed++;
	} else {
		check_failed++;
		fprintf(stderr, "%s:%d: FAIL: %s\n", file, line, what);
	}
	return ok;
}

static inline int check_report_eq(unsigned long long got,
				  unsigned long long want, const char *file,
				  int line, const char *what)
{
	int ok = got == want;

	if (!check_report(ok, file, line, what))
		fprintf(stderr, "    got 0x%llx, want 0x%llx\n", got, want);
	return ok;
}

static inline int check_summary(void)
{
	printf("%u passed, %u failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
