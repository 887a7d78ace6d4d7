// SPDX-License-Identifier: MIT
/*
 * The cost model's micro-benchmarks (bench.S), one after another, as a
 * payload the menu starts; tests/system/perf-qemu.sh reads the model's
 * marker lines.
 */
#include "console.h"

void bench_alu(void);
void bench_load_use(void);
void bench_dcache_miss(void);
void bench_dcache_hit(void);
void bench_div(void);
void bench_icache(void);

int main(void)
{
	bench_alu();
	bench_load_use();
	bench_dcache_miss();
	bench_dcache_hit();
	bench_div();
	bench_icache();
	console_str("perf: done");
	console_end();
	return 0;
}
