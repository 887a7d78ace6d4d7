/* SPDX-License-Identifier: MIT */
/*
 * search.c - find values for free boot-code words that make the PIF's
 * checksum come out as a CIC expects.
 *
 * The checksum has 48 bits and no known shortcut, so the search is plain
 * brute force: on average 2^48 candidates.  What makes each one cheap is
 * that rounds only look two words back and one ahead: the sums after the
 * rounds before the varied word are the same for every candidate, so they
 * are computed once (ipl3sum_prefix()) and each candidate re-runs only the
 * rounds from the varied word to the end (ipl3sum_tail()), then the top
 * 16 bits of the fold, which reject all but one candidate in 65536 before
 * the rest of the fold is computed.  With the varied word last in the boot
 * code that is two half rounds and a third of the fold per candidate, and
 * candidates go two at a time (see final_high_pair()).
 *
 * Ranges of candidate numbers make the work easy to split among processes
 * and machines, and to resume: see ipl3search.c and docs/boot.md.
 */
#include <string.h>

#include "ipl3sum.h"
#include "rounds.h"

int ipl3sum_search_init(struct ipl3sum_search *job,
			const uint8_t boot[IPL3SUM_BOOT_SIZE], uint8_t seed,
			uint64_t target, const unsigned *vary, unsigned nvary)
{
	unsigned i;

	memset(job, 0, sizeof(*job));
	if (nvary < 1 || nvary > IPL3SUM_MAX_FREE)
		return -1;
	for (i = 0; i < nvary; i++)
		if (vary[i] < 1 || vary[i] >= IPL3SUM_WORDS)
			return -1;
	ipl3sum_words(boot, job->w);
	job->seed = seed;
	job->target = target & IPL3SUM_MASK;
	job->nvary = nvary;
	job->vary[0] = vary[0];
	if (nvary == 2) {
		if (vary[0] == vary[1])
			return -1;
		/* Ascending: the later word takes the low, fast-moving bits. */
		job->vary[0] = vary[0] < vary[1] ? vary[0] : vary[1];
		job->vary[1] = vary[0] < vary[1] ? vary[1] : vary[0];
	}
	return 0;
}

uint64_t ipl3sum_search_last(const struct ipl3sum_search *job)
{
	return job->nvary == 2 ? UINT64_MAX : UINT32_MAX;
}

void ipl3sum_search_apply(const struct ipl3sum_search *job, uint64_t x,
			  uint32_t w[IPL3SUM_WORDS])
{
	w[job->vary[job->nvary - 1]] = (uint32_t)x;
	if (job->nvary == 2)
		w[job->vary[0]] = (uint32_t)(x >> 32);
}

/* Is the state after all rounds the target?  The top 16 bits first. */
static int hits(const uint32_t *s, uint64_t target)
{
	uint32_t high = final_high32(s) & 0xFFFF;

	return high == (uint32_t)(target >> 32) &&
	       ((uint64_t)high << 32 | final_low32(s)) == target;
}

/*
 * The top 16 bits of two candidates' checksums at once.  Each candidate's
 * fold is one long chain of dependent multiplies; running two chains side
 * by side keeps the CPU busy while each waits on itself (1.6 times the
 * rate of one at a time, measured).
 */
static inline void final_high_pair(const uint32_t *s, const uint32_t *t,
				   uint32_t *high_s, uint32_t *high_t)
{
	uint32_t s0 = s[0], s1 = s[0], t0 = t[0], t1 = t[0];
	uint32_t k;

	for (k = 0; k < 16; k++) {
		uint32_t d = s[k], e = t[k];
		uint32_t s_add, s_mix, t_add, t_mix;

		s0 += ror(d, d);
		t0 += ror(e, e);
		s_add = s1 + d;
		s_mix = fold(s1, d, k);
		t_add = t1 + e;
		t_mix = fold(t1, e, k);
		s1 = d < s0 ? s_add : s_mix;
		t1 = e < t0 ? t_add : t_mix;
	}
	*high_s = fold(s0, s1, 16) & 0xFFFF;
	*high_t = fold(t0, t1, 16) & 0xFFFF;
}

/*
 * The usual case, the last word varied: per candidate, the second half of
 * round 1007 and the first half of round 1008 (the last), written out so
 * the compiler sees the whole loop and hoists what only depends on the
 * fixed words 1005 and 1006.  Candidates go in pairs (lo, lo + 1); at the
 * end of the range the second of a pair is computed but not looked at.
 */
static int search_last_word(struct ipl3sum_search *job,
			    const struct ipl3sum_state *pre, uint32_t lo,
			    uint32_t lo_last, uint32_t *found)
{
	const uint32_t r = IPL3SUM_WORDS - 1;
	uint32_t p = job->w[r - 2], c = job->w[r - 1];
	uint32_t want = (uint32_t)(job->target >> 32);
	uint32_t s[16], t[16], high_s, high_t;

	for (;;) {
		memcpy(s, pre->s, sizeof(s));
		memcpy(t, pre->s, sizeof(t));
		round_second(s, r, p, c, lo);
		round_first(s, r + 1, c, lo);
		round_second(t, r, p, c, lo + 1);
		round_first(t, r + 1, c, lo + 1);
		final_high_pair(s, t, &high_s, &high_t);
		if (high_s == want && hits(s, job->target)) {
			*found = job->w[r] = lo;
			return 1;
		}
		if (lo == lo_last)	/* not lo <= lo_last: lo_last may be 2^32-1 */
			return 0;
		if (high_t == want && hits(t, job->target)) {
			*found = job->w[r] = lo + 1;
			return 1;
		}
		if (lo + 1 == lo_last)
			return 0;
		lo += 2;
	}
}

/* Any other word: ipl3sum_tail() runs the rounds from it to the end. */
static int search_any_word(struct ipl3sum_search *job,
			   const struct ipl3sum_state *pre, uint32_t lo,
			   uint32_t lo_last, uint32_t *found)
{
	unsigned v = job->vary[job->nvary - 1];
	struct ipl3sum_state st;

	for (;;) {
		st = *pre;
		job->w[v] = lo;
		ipl3sum_tail(&st, job->w, v);
		if (hits(st.s, job->target)) {
			*found = lo;
			return 1;
		}
		if (lo == lo_last)
			return 0;
		lo++;
	}
}

/*
 * Candidates lo_first..lo_last of one block: the high word (if any) is
 * already in job->w and @p pre is the state up to the varied word.
 */
static int search_block(struct ipl3sum_search *job,
			const struct ipl3sum_state *pre, uint32_t lo_first,
			uint32_t lo_last, uint32_t *found)
{
	if (job->vary[job->nvary - 1] == IPL3SUM_WORDS - 1)
		return search_last_word(job, pre, lo_first, lo_last, found);
	return search_any_word(job, pre, lo_first, lo_last, found);
}

int ipl3sum_search_range(struct ipl3sum_search *job, uint64_t first,
			 uint64_t last, uint64_t *found)
{
	unsigned v = job->vary[job->nvary - 1];
	struct ipl3sum_state pre;
	uint64_t hi;

	/* Each block shares the high 32 bits, so shares one prefix state. */
	for (hi = first >> 32; hi <= last >> 32; hi++) {
		uint32_t lo_first = hi == first >> 32 ? (uint32_t)first : 0;
		uint32_t lo_last = hi == last >> 32 ? (uint32_t)last : UINT32_MAX;
		uint32_t lo;

		ipl3sum_search_apply(job, hi << 32, job->w);
		ipl3sum_prefix(&pre, job->seed, job->w, v);
		if (search_block(job, &pre, lo_first, lo_last, &lo)) {
			*found = hi << 32 | lo;
			return 1;
		}
	}
	return 0;
}
