/* SPDX-License-Identifier: MIT */
/*
 * test_rt - checks toolchain/rt, compiled for the host, against what the
 * host compiler does natively: every 32-bit input of the 32-bit bit
 * functions, and for the 64-bit functions a table of edge values in all
 * pairs plus a few million seeded pseudo-random operands of mixed sizes.
 *
 * Each helper gets a mismatch counter and one CHECK at the end; the first
 * few mismatching inputs of each are printed to stderr.
 */
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "rt.h"

/*
 * x86-64's libgcc has __popcountdi2 (and GCC calls it for __builtin_popcount
 * unless the popcnt instruction may be used), but in this program that name
 * is the helper under test: the reference would be the helper itself.  So
 * the functions that use the popcount builtin may use popcnt, and main()
 * checks that the CPU has it.  The other builtins used here are inline code
 * on x86-64 at any -march.
 */
#if defined(__x86_64__) || defined(__i386__)
#define NATIVE_POPCOUNT __attribute__((target("popcnt")))
#else
#define NATIVE_POPCOUNT
#endif

#define REPORT_MAX 4
#define RANDOM_PAIRS 3000000
#define RANDOM_VALUES 2000000

static struct {
	unsigned long clzsi2, ctzsi2, ffssi2, popcountsi2, paritysi2, bswapsi2;
	unsigned long clzdi2, ctzdi2, ffsdi2, popcountdi2, paritydi2, bswapdi2;
	unsigned long udivmoddi4, udivdi3, umoddi3, divmoddi4, divdi3, moddi3;
	unsigned long ashldi3, ashrdi3, lshrdi3, muldi3, negdi2;
	unsigned long cmpdi2, ucmpdi2;
} bad;

static void mismatch(unsigned long *count, const char *name, int args,
		     uint64_t a, uint64_t b, uint64_t got, uint64_t want)
{
	if ((*count)++ >= REPORT_MAX)
		return;
	if (args == 1)
		fprintf(stderr, "  %s(0x%llx)", name, (unsigned long long)a);
	else
		fprintf(stderr, "  %s(0x%llx, 0x%llx)", name,
			(unsigned long long)a, (unsigned long long)b);
	fprintf(stderr, " = 0x%llx, want 0x%llx\n", (unsigned long long)got,
		(unsigned long long)want);
}

/* Counts a mismatch of helper FN, called with ARGS arguments A (and B). */
#define EXPECT(fn, args, a, b, got, want)                                   \
	do {                                                                 \
		uint64_t got_ = (got), want_ = (want);                       \
		if (got_ != want_)                                           \
			mismatch(&bad.fn, #fn, args, a, b, got_, want_);     \
	} while (0)

/* xorshift64, seeded: the same operands on every run. */
static uint64_t rng_state = 0x4c696e3634525421ull;

static uint64_t rng(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/*
 * A random operand of a random shape, so that short and long numbers,
 * runs of zeros at either end, and sparse and dense bit patterns all come
 * up often (uniform 64-bit values are almost all 60 to 64 bits long).
 */
static uint64_t random_operand(void)
{
	uint64_t x = rng();
	unsigned n = rng() % 64;

	switch (rng() % 6) {
	case 0:
		return x;
	case 1:
		return x >> n;
	case 2:
		return x << n;
	case 3:
		return (x & rng() & rng()) >> (n & 32);
	case 4:
		return (x | rng() | rng()) >> (n & 32);
	default:
		return -(x >> n);
	}
}

/*
 * Edge values: 0, every 2^k and 2^k +- 1, the 32-bit word boundaries,
 * the signed extremes, and the negations of them all.
 */
static uint64_t edges[512];
static unsigned nedges;

static void add_edge(uint64_t x)
{
	for (unsigned i = 0; i < nedges; i++)
		if (edges[i] == x)
			return;
	edges[nedges++] = x;
}

static void make_edges(void)
{
	static const uint64_t extra[] = {
		0, 3, 10, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
		0x100000000, 0x1ffffffff, 0xffffffff00000000, 0x80000000ffffffff,
		0xffff0000ffff, 0x00000001ffff0000, 0xfffffffeffffffff,
		0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001,
		0x123456789abcdef0, 0xfedcba9876543210, 0x5555555555555555,
		0xaaaaaaaaaaaaaaaa,
	};

	for (unsigned k = 0; k < 64; k++) {
		uint64_t p = (uint64_t)1 << k;

		add_edge(p);
		add_edge(p - 1);
		add_edge(p + 1);
	}
	for (unsigned i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
		add_edge(extra[i]);
	for (unsigned i = 0, n = nedges; i < n; i++)
		add_edge(-edges[i]);
}

/* The 32-bit functions, one input; x == 0 is tested apart. */
static void NATIVE_POPCOUNT check_unary32_slow(uint32_t x)
{
	if (x) {
		EXPECT(clzsi2, 1, x, 0, __clzsi2(x), __builtin_clz(x));
		EXPECT(ctzsi2, 1, x, 0, __ctzsi2(x), __builtin_ctz(x));
	}
	EXPECT(ffssi2, 1, x, 0, __ffssi2(x), __builtin_ffs(x));
	EXPECT(popcountsi2, 1, x, 0, __popcountsi2(x), __builtin_popcount(x));
	EXPECT(paritysi2, 1, x, 0, __paritysi2(x), __builtin_parity(x));
	EXPECT(bswapsi2, 1, x, 0, __bswapsi2(x), __builtin_bswap32(x));
}

/*
 * All 2^32 inputs.  This is most of the program's run time, so the loop
 * only notes that something differed and leaves the counting and printing
 * to check_unary32_slow.
 */
static void NATIVE_POPCOUNT test_unary32_exhaustive(void)
{
	uint32_t x = 1;

	check_unary32_slow(0);
	do {
		unsigned diff = 0;

		diff |= __clzsi2(x) ^ __builtin_clz(x);
		diff |= __ctzsi2(x) ^ __builtin_ctz(x);
		diff |= __ffssi2(x) ^ __builtin_ffs(x);
		diff |= __popcountsi2(x) ^ __builtin_popcount(x);
		diff |= __paritysi2(x) ^ __builtin_parity(x);
		diff |= __bswapsi2(x) ^ __builtin_bswap32(x);
		if (diff)
			check_unary32_slow(x);
	} while (++x != 0);
}

static void NATIVE_POPCOUNT check_unary64(uint64_t x)
{
	if (x) {
		EXPECT(clzdi2, 1, x, 0, __clzdi2(x), __builtin_clzll(x));
		EXPECT(ctzdi2, 1, x, 0, __ctzdi2(x), __builtin_ctzll(x));
	}
	EXPECT(ffsdi2, 1, x, 0, __ffsdi2(x), __builtin_ffsll(x));
	EXPECT(popcountdi2, 1, x, 0, __popcountdi2(x), __builtin_popcountll(x));
	EXPECT(paritydi2, 1, x, 0, __paritydi2(x), __builtin_parityll(x));
	EXPECT(bswapdi2, 1, x, 0, __bswapdi2(x), __builtin_bswap64(x));
	EXPECT(negdi2, 1, x, 0, __negdi2(x), -x);
}

/* Shifts of x by every count. */
static void check_shifts(uint64_t x)
{
	for (int n = 0; n < 64; n++) {
		EXPECT(ashldi3, 2, x, n, __ashldi3(x, n), x << n);
		EXPECT(lshrdi3, 2, x, n, __lshrdi3(x, n), x >> n);
		/* GCC's >> of a negative value copies the sign bit. */
		EXPECT(ashrdi3, 2, x, n, __ashrdi3(x, n), (int64_t)x >> n);
	}
}

static int cmp3(int less, int greater)
{
	return less ? 0 : greater ? 2 : 1;
}

static void check_pair(uint64_t a, uint64_t b)
{
	int64_t sa = a, sb = b;

	EXPECT(muldi3, 2, a, b, __muldi3(a, b), a * b);
	EXPECT(cmpdi2, 2, a, b, __cmpdi2(a, b), cmp3(sa < sb, sa > sb));
	EXPECT(ucmpdi2, 2, a, b, __ucmpdi2(a, b), cmp3(a < b, a > b));

	/* Dividing by zero, and INT64_MIN / -1, are undefined. */
	if (b == 0)
		return;

	uint64_t r = ~a;

	EXPECT(udivmoddi4, 2, a, b, __udivmoddi4(a, b, &r), a / b);
	EXPECT(udivmoddi4, 2, a, b, r, a % b);
	EXPECT(udivmoddi4, 2, a, b, __udivmoddi4(a, b, NULL), a / b);
	EXPECT(udivdi3, 2, a, b, __udivdi3(a, b), a / b);
	EXPECT(umoddi3, 2, a, b, __umoddi3(a, b), a % b);

	if (sa == INT64_MIN && sb == -1)
		return;

	int64_t sr = ~sa;

	EXPECT(divmoddi4, 2, a, b, __divmoddi4(sa, sb, &sr), sa / sb);
	EXPECT(divmoddi4, 2, a, b, sr, sa % sb);
	EXPECT(divmoddi4, 2, a, b, __divmoddi4(sa, sb, NULL), sa / sb);
	EXPECT(divdi3, 2, a, b, __divdi3(sa, sb), sa / sb);
	EXPECT(moddi3, 2, a, b, __moddi3(sa, sb), sa % sb);
}

static void test_edges(void)
{
	for (unsigned i = 0; i < nedges; i++) {
		check_unary64(edges[i]);
		check_shifts(edges[i]);
		for (unsigned j = 0; j < nedges; j++)
			check_pair(edges[i], edges[j]);
	}
}

static void test_random(void)
{
	for (unsigned i = 0; i < RANDOM_VALUES; i++) {
		uint64_t x = random_operand();

		check_unary64(x);
		if (i % 16 == 0)
			check_shifts(x);
	}
	for (unsigned i = 0; i < RANDOM_PAIRS; i++)
		check_pair(random_operand(), random_operand());
}

/*
 * Divisions whose quotient digits are hardest to estimate: a 32-bit
 * divisor with the dividend's high word just below it (every quotient
 * digit near 0xffff), and dividends a multiple of the divisor plus 0, 1
 * or divisor - 1.
 */
static void test_division_corners(void)
{
	for (unsigned i = 0; i < RANDOM_PAIRS / 4; i++) {
		uint64_t d = random_operand() >> 32 | 1;
		uint64_t below = d - 1 - (rng() % 4 < 3 ? 0 : rng() % d);

		check_pair(below << 32 | (rng() >> 32), d);

		d = random_operand() | 1;
		uint64_t q = UINT64_MAX / d;

		q = q > 1 ? rng() % q : 0;
		check_pair(q * d, d);
		check_pair(q * d + 1, d);
		check_pair(q * d + d - 1, d);
	}
}

int main(void)
{
#if defined(__x86_64__) || defined(__i386__)
	if (!__builtin_cpu_supports("popcnt")) {
		fprintf(stderr, "test_rt: this CPU has no popcnt instruction\n");
		CHECK(0);
		return check_summary();
	}
#endif
	make_edges();
	test_edges();
	test_random();
	test_division_corners();
	test_unary32_exhaustive();

	CHECK_EQ(bad.clzsi2, 0);
	CHECK_EQ(bad.ctzsi2, 0);
	CHECK_EQ(bad.ffssi2, 0);
	CHECK_EQ(bad.popcountsi2, 0);
	CHECK_EQ(bad.paritysi2, 0);
	CHECK_EQ(bad.bswapsi2, 0);
	CHECK_EQ(bad.clzdi2, 0);
	CHECK_EQ(bad.ctzdi2, 0);
	CHECK_EQ(bad.ffsdi2, 0);
	CHECK_EQ(bad.popcountdi2, 0);
	CHECK_EQ(bad.paritydi2, 0);
	CHECK_EQ(bad.bswapdi2, 0);
	CHECK_EQ(bad.udivmoddi4, 0);
	CHECK_EQ(bad.udivdi3, 0);
	CHECK_EQ(bad.umoddi3, 0);
	CHECK_EQ(bad.divmoddi4, 0);
	CHECK_EQ(bad.divdi3, 0);
	CHECK_EQ(bad.moddi3, 0);
	CHECK_EQ(bad.ashldi3, 0);
	CHECK_EQ(bad.ashrdi3, 0);
	CHECK_EQ(bad.lshrdi3, 0);
	CHECK_EQ(bad.muldi3, 0);
	CHECK_EQ(bad.negdi2, 0);
	CHECK_EQ(bad.cmpdi2, 0);
	CHECK_EQ(bad.ucmpdi2, 0);
	return check_summary();
}
