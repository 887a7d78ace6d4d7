/* SPDX-License-Identifier: MIT */
/*
 * ipl3search.c - search for free boot-code words that make the boot code
 * pass a CIC (the engine is search.c).
 *
 *     ipl3search [--cic N | --seed S --target T] [--last N | --words I[,J]]
 *                [--start X] [--count N] [--every N] [-o OUT] FILE
 *     ipl3search --bench [SECONDS]
 *
 * Candidates are numbered: with two free words, number x puts its high 32
 * bits in the first and its low 32 bits in the second.  --start/--count
 * pick a range, so processes and machines can share the 2^64 numbers, and
 * the "search: at X" lines it prints (every --every candidates, and when
 * stopped by SIGINT or SIGTERM) can be given back as --start to resume.
 *
 * Exit status: 0 found (and verified), 1 no match in the range, 2 bad
 * usage or input, 3 stopped by a signal.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../cli.h"
#include "ipl3sum.h"

#define DEFAULT_CIC	6102
#define DEFAULT_EVERY	(1ull << 30)
/* Candidates between two looks at the stop flag: well under a second. */
#define PIECE		(1ull << 22)

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static int usage(FILE *f)
{
	fputs("usage: ipl3search [--cic N | --seed S --target T]"
	      " [--last N | --words I[,J]]\n"
	      "                  [--start X] [--count N] [--every N] [-o OUT]"
	      " FILE\n"
	      "       ipl3search --bench [SECONDS]\n"
	      "  FILE         an N64 ROM (.z64) or a raw 4032-byte boot code\n"
	      "  --cic N      the CIC to pass: 6101, 6102 (default), 7101, 6103,"
	      " 7103,\n"
	      "               6105, 7105, 6106, 7106\n"
	      "  --seed S --target T  any seed byte and 48-bit checksum instead\n"
	      "  --last N     vary the last N (1 or 2) words of the boot code"
	      " (default 2)\n"
	      "  --words I,J  vary these words (0-1007, word I is at ROM"
	      " 0x40 + 4*I)\n"
	      "  --start X    first candidate (default 0)\n"
	      "  --count N    how many candidates (default: to the end)\n"
	      "  --every N    print \"search: at X\" every N candidates"
	      " (default 2^30)\n"
	      "  -o OUT       write the boot code with the found words"
	      " (4032 bytes)\n"
	      "  --bench      measure candidates per second on one core\n"
	      "Numbers are decimal, 0x hex, or 2^K.  Exit status: 0 found,"
	      " 1 none in the\n"
	      "range, 2 bad input, 3 stopped (resume from the last"
	      " \"search: at X\").\n",
	      f);
	return 2;
}

/* Decimal, 0x hex or 2^K (K < 64); the whole string must be used. */
static int parse_u64(const char *s, uint64_t *v)
{
	int hex = !strncmp(s, "0x", 2) || !strncmp(s, "0X", 2);
	const char *digits = hex ? s + 2 : s;
	unsigned long long n;
	char *end;

	if (!strncmp(s, "2^", 2)) {
		if (parse_u64(s + 2, v) || *v > 63)
			return -1;
		*v = 1ull << *v;
		return 0;
	}
	/* strtoull would accept blanks, a sign, and octal: none is meant. */
	if (!(hex ? strchr("0123456789abcdefABCDEF", *digits) :
	      strchr("0123456789", *digits)) || !*digits)
		return -1;
	errno = 0;
	n = strtoull(digits, &end, hex ? 16 : 10);
	if (*end || errno == ERANGE)
		return -1;
	*v = n;
	return 0;
}

/* "I" or "I,J" */
static int parse_words(const char *s, unsigned *w, unsigned *n)
{
	char buf[64];
	char *comma;
	uint64_t v;

	if (strlen(s) >= sizeof(buf))
		return -1;
	strcpy(buf, s);
	*n = 0;
	comma = strchr(buf, ',');
	if (comma)
		*comma = 0;
	if (parse_u64(buf, &v) || v >= IPL3SUM_WORDS)
		return -1;
	w[(*n)++] = (unsigned)v;
	if (comma) {
		if (parse_u64(comma + 1, &v) || v >= IPL3SUM_WORDS)
			return -1;
		w[(*n)++] = (unsigned)v;
	}
	return 0;
}

static double now_seconds(void)
{
	struct timespec ts;

	timespec_get(&ts, TIME_UTC);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * One core's rate, on a zero boot code with its last two words varied as
 * a real search would: whole pieces until @p seconds have passed.
 */
static int bench(double seconds)
{
	static const uint8_t zeros[IPL3SUM_BOOT_SIZE];
	const struct ipl3sum_cic *c = ipl3sum_find_cic(DEFAULT_CIC);
	unsigned vary[2] = { IPL3SUM_WORDS - 2, IPL3SUM_WORDS - 1 };
	struct ipl3sum_search job;
	uint64_t pos = 0, found;
	double t0, t, rate;

	ipl3sum_search_init(&job, zeros, c->seed, c->checksum, vary, 2);
	t0 = now_seconds();
	do {
		/* A match (one chance in 2^48) changes nothing for timing. */
		ipl3sum_search_range(&job, pos, pos + (1u << 20) - 1, &found);
		pos += 1u << 20;
		t = now_seconds() - t0;
	} while (t < seconds);
	rate = pos / t;
	printf("ipl3_search_cpu_rate: %.0f checksums/s\n", rate);
	/* 2^48 tries on average for a 48-bit target. */
	printf("ipl3_search_expected_time: %.1f days\n",
	       (double)(1ull << 48) / rate / 86400);
	return 0;
}

/* ---- the search ---------------------------------------------------------- */

struct options {
	const char *file, *output;
	const struct ipl3sum_cic *cic;	/* NULL with --seed/--target */
	uint64_t seed, target;
	int have_seed, have_target;
	unsigned vary[IPL3SUM_MAX_FREE], nvary;
	uint64_t start, count, every;
	int have_count;
};

static void print_words(const struct ipl3sum_search *job)
{
	unsigned i;

	for (i = 0; i < job->nvary; i++) {
		unsigned v = job->vary[i];

		printf("word %u (ROM 0x%03X): 0x%08X\n", v,
		       IPL3SUM_ROM_OFFSET + 4 * v, job->w[v]);
	}
}

static int write_boot(const char *path, const uint8_t *boot)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(boot, 1, IPL3SUM_BOOT_SIZE, f) != IPL3SUM_BOOT_SIZE ||
	    fclose(f)) {
		fprintf(stderr, "ipl3search: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Check the find with the plain whole-boot-code checksum, report, save. */
static int report_found(struct ipl3sum_search *job, const struct options *o,
			uint64_t x)
{
	uint8_t boot[IPL3SUM_BOOT_SIZE];
	uint64_t sum;

	ipl3sum_search_apply(job, x, job->w);
	ipl3sum_bytes(job->w, boot);
	sum = ipl3sum_checksum(boot, job->seed);
	printf("search: found 0x%llX\n", (unsigned long long)x);
	print_words(job);
	printf("verify: seed 0x%02X checksum 0x%012llX target 0x%012llX %s\n",
	       job->seed, (unsigned long long)sum,
	       (unsigned long long)job->target,
	       sum == job->target ? "PASS" : "FAIL");
	if (sum != job->target) {
		fprintf(stderr, "ipl3search: internal error: the search and the"
			" checksum disagree\n");
		return 1;
	}
	if (o->cic && ipl3sum_identify(boot))
		printf("verify: boot code passes CIC %s\n",
		       ipl3sum_identify(boot)->name);
	if (o->output && write_boot(o->output, boot))
		return 2;
	return 0;
}

static int run(const struct options *o)
{
	uint8_t boot[IPL3SUM_BOOT_SIZE];
	enum ipl3sum_input kind;
	struct ipl3sum_search job;
	uint64_t first = o->start, last, pos, since_report = 0, found;
	char why[256];
	unsigned i;

	if (ipl3sum_load(o->file, boot, &kind, why, sizeof(why))) {
		fprintf(stderr, "ipl3search: %s: %s\n", o->file, why);
		return 2;
	}
	if (ipl3sum_search_init(&job, boot, (uint8_t)o->seed, o->target,
				o->vary, o->nvary)) {
		fprintf(stderr, "ipl3search: the free words must be 1 or 2"
			" different words from 1 to 1007 (word 0 seeds the"
			" checksum)\n");
		return 2;
	}
	last = ipl3sum_search_last(&job);
	if (first > last || (o->have_count && (o->count == 0 ||
					       o->count - 1 > last - first))) {
		fprintf(stderr, "ipl3search: --start/--count go past the last"
			" candidate, 0x%llX\n", (unsigned long long)last);
		return 2;
	}
	if (o->have_count)
		last = first + (o->count - 1);

	if (o->cic)
		printf("search: CIC %s seed 0x%02X target 0x%012llX\n",
		       o->cic->name, job.seed, (unsigned long long)job.target);
	else
		printf("search: seed 0x%02X target 0x%012llX\n", job.seed,
		       (unsigned long long)job.target);
	for (i = 0; i < job.nvary; i++) {
		unsigned v = job.vary[i];

		printf("search: word %u (ROM 0x%03X) takes bits %u-%u of the"
		       " candidate\n", v, IPL3SUM_ROM_OFFSET + 4 * v,
		       32 * (job.nvary - 1 - i), 32 * (job.nvary - i) - 1);
		if (job.w[v])
			fprintf(stderr, "ipl3search: note: word %u holds 0x%08X,"
				" which the search overwrites\n", v, job.w[v]);
	}
	printf("search: candidates 0x%llX to 0x%llX\n",
	       (unsigned long long)first, (unsigned long long)last);

	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	for (pos = first;;) {
		uint64_t len = PIECE < o->every - since_report ?
			       PIECE : o->every - since_report;
		uint64_t end = last - pos < len - 1 ? last : pos + (len - 1);

		if (ipl3sum_search_range(&job, pos, end, &found))
			return report_found(&job, o, found);
		since_report += end - pos + 1;
		if (end == last)
			break;
		pos = end + 1;
		if (since_report == o->every || stop_requested) {
			printf("search: at 0x%llX\n", (unsigned long long)pos);
			since_report = 0;
		}
		if (stop_requested) {
			printf("search: stopped; resume with --start 0x%llX\n",
			       (unsigned long long)pos);
			return 3;
		}
	}
	if (last != ipl3sum_search_last(&job))
		printf("search: at 0x%llX\n", (unsigned long long)last + 1);
	printf("search: no match from 0x%llX to 0x%llX\n",
	       (unsigned long long)first, (unsigned long long)last);
	return 1;
}

int main(int argc, char **argv)
{
	struct options o = { .every = DEFAULT_EVERY };
	uint64_t n;
	const char *v;
	int i, do_bench = 0, have_last = 0, have_words = 0, have_cic = 0;
	double bench_seconds = 1;

	setvbuf(stdout, NULL, _IOLBF, 0);	/* progress lines reach a log at once */
	o.cic = ipl3sum_find_cic(DEFAULT_CIC);
	o.nvary = 2;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--bench")) {
			do_bench = 1;
			if (i + 1 < argc && !parse_u64(argv[i + 1], &n) && n > 0 &&
			    n <= 3600) {
				bench_seconds = (double)n;
				i++;
			}
		} else if ((v = cli_option_value(argc, argv, &i, "--cic"))) {
			if (parse_u64(v, &n) || n > 9999 ||
			    !(o.cic = ipl3sum_find_cic((unsigned)n))) {
				fprintf(stderr, "ipl3search: unknown CIC: %s\n", v);
				return usage(stderr);
			}
			have_cic = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--seed"))) {
			if (parse_u64(v, &o.seed) || o.seed > 0xFF) {
				fprintf(stderr, "ipl3search: a seed is one byte:"
					" %s\n", v);
				return usage(stderr);
			}
			o.have_seed = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--target"))) {
			if (parse_u64(v, &o.target) || o.target > IPL3SUM_MASK) {
				fprintf(stderr, "ipl3search: a target has 48 bits:"
					" %s\n", v);
				return usage(stderr);
			}
			o.have_target = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--last"))) {
			if (parse_u64(v, &n) || n < 1 || n > IPL3SUM_MAX_FREE) {
				fprintf(stderr, "ipl3search: --last takes 1 or 2:"
					" %s\n", v);
				return usage(stderr);
			}
			o.nvary = (unsigned)n;
			o.vary[0] = IPL3SUM_WORDS - (unsigned)n;
			o.vary[1] = IPL3SUM_WORDS - 1;
			have_last = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--words"))) {
			if (parse_words(v, o.vary, &o.nvary)) {
				fprintf(stderr, "ipl3search: --words takes one or"
					" two word numbers, 0 to 1007: %s\n", v);
				return usage(stderr);
			}
			have_words = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--start"))) {
			if (parse_u64(v, &o.start)) {
				fprintf(stderr, "ipl3search: bad --start: %s\n", v);
				return usage(stderr);
			}
		} else if ((v = cli_option_value(argc, argv, &i, "--count"))) {
			if (parse_u64(v, &o.count) || !o.count) {
				fprintf(stderr, "ipl3search: bad --count: %s\n", v);
				return usage(stderr);
			}
			o.have_count = 1;
		} else if ((v = cli_option_value(argc, argv, &i, "--every"))) {
			if (parse_u64(v, &o.every) || !o.every) {
				fprintf(stderr, "ipl3search: bad --every: %s\n", v);
				return usage(stderr);
			}
		} else if ((v = cli_option_value(argc, argv, &i, "-o"))) {
			o.output = v;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "ipl3search: unknown option or missing"
				" value: %s\n", a);
			return usage(stderr);
		} else if (!o.file) {
			o.file = a;
		} else {
			fprintf(stderr, "ipl3search: more than one file: %s\n", a);
			return usage(stderr);
		}
	}
	if (do_bench)
		return bench(bench_seconds);
	if (!have_last && !have_words) {	/* the default: --last 2 */
		o.vary[0] = IPL3SUM_WORDS - 2;
		o.vary[1] = IPL3SUM_WORDS - 1;
	}
	if (have_last && have_words) {
		fprintf(stderr, "ipl3search: --last and --words both given\n");
		return usage(stderr);
	}
	if (o.have_seed != o.have_target) {
		fprintf(stderr, "ipl3search: --seed and --target go together\n");
		return usage(stderr);
	}
	if (o.have_seed && have_cic) {
		fprintf(stderr, "ipl3search: --cic or --seed/--target, not both\n");
		return usage(stderr);
	}
	if (o.have_seed)
		o.cic = NULL;
	else {
		o.seed = o.cic->seed;
		o.target = o.cic->checksum;
	}
	if (!o.file)
		return usage(stderr);
	return run(&o);
}
