#!/bin/sh
# The VR4300 cost model (emu/plugins/vr4300-cost.c, docs/perf.md) against
# micro-benchmarks whose cycle counts follow from the NEC VR4300 User's
# Manual's numbers by construction (tests/roms/perf/bench.S): each span
# between two markers must come within 2 % of what the manual predicts.
# The numbers below are typed here from the manual, not read from the
# plugin, so a plugin that charges the wrong thing fails.  Twice, for the
# model's determinism.
set -u
. "$(dirname "$0")/lib.sh"
ROM=$OUT/tests/roms/perf.z64
LOOPS=1000
LOAD_USE=1		# the load interlock, cycles
DIV=37			# DIV, cycles
ICACHE_MISS=40		# an I-cache line from RDRAM (docs/perf.md)
DCACHE_MISS=32		# a D-cache line from RDRAM (docs/perf.md)

mkdir -p "$OUT/tests"
for run in 1 2; do
	tests/harness/n64qemu.py run "$ROM" --cost-model --step 'wait=^bootmenu: ready' \
		--step press=ret --until '^perf: done' --timeout 60 \
		>"$OUT/tests/perf-qemu.$run.log" 2>&1
done
log=$OUT/tests/perf-qemu.1.log

cycles_at() { # MARKER
	sed -n "s/^n64qemu: marker $1 cycles=\([0-9]*\) .*/\1/p" "$log" | head -n 1
}

check() { # NAME FIRST-MARKER EXPECTED WHY
	a=$(cycles_at "$2")
	b=$(cycles_at $(($2 + 1)))
	if [ -z "$a" ] || [ -z "$b" ]; then
		bad "$1: no markers $2 and $(($2 + 1)) (see $log)"
		return
	fi
	got=$((b - a))
	off=$((got - $3))
	[ $off -lt 0 ] && off=$((-off))
	if [ $((off * 50)) -le "$3" ]; then
		ok "$1: $got cycles, $3 expected ($4)"
	else
		bad "$1: $got cycles, not within 2 % of $3 ($4)"
	fi
}

check "independent ALU ops" 1 $((LOOPS * 11)) "11 instructions an iteration"
check "load-use" 3 $((LOOPS * (11 + LOAD_USE))) "11 instructions and one interlock"
check "D-cache misses" 5 $((0x8000 / 16 * (5 + DCACHE_MISS))) "2048 lines, each a miss"
check "D-cache hits" 7 $((0x1000 / 16 * 5)) "256 lines, each a hit"
check "DIV" 9 $((LOOPS * (4 + DIV))) "DIV, MFLO and the loop's three"
check "I-cache misses" 11 $((0x2000 + 0x2000 / 8 * ICACHE_MISS)) "8192 instructions, 1024 lines"

if grep -q '^perf: done$' "$log" &&
	[ "$(grep '^n64qemu: marker' "$OUT/tests/perf-qemu.1.log")" = \
	  "$(grep '^n64qemu: marker' "$OUT/tests/perf-qemu.2.log")" ]; then
	ok "two runs give the same cycle counts at every marker"
else
	bad "the two runs' cycle counts differ, or the benchmarks did not finish"
fi

# Privilege accounting and markers in Linux: up to 'lin64: ready' Linux
# runs both the kernel and user programs (/init, lin64-init, which marks
# its ready line); the bare-metal benchmarks, all at KSEG0, are all kernel.
log=$OUT/tests/perf-qemu.linux.log
tests/harness/n64qemu.py run "$OUT/lin64.z64" --cost-model --until '^lin64: ready ' \
	--timeout 120 >"$log" 2>&1
user=$(sed -n 's/^n64qemu: kernel=[0-9]* user=\([0-9]*\) .*/\1/p' "$log")
kernel=$(sed -n 's/^n64qemu: kernel=\([0-9]*\) .*/\1/p' "$log")
if [ "${user:-0}" -gt 0 ] && [ "${kernel:-0}" -gt "${user:-0}" ]; then
	ok "Linux's boot: $kernel kernel cycles and $user user cycles"
else
	bad "Linux's boot: no split into kernel and user cycles (see $log)"
fi
# A marker in a Linux program: lin64-init's LIN64_MARK_INIT_READY (0x4c00,
# rootfs/include/lin64/mark.h) before its ready line, in user mode.
mark=$(grep -m1 "^n64qemu: marker $((0x4c00)) " "$log")
mark_user=$(echo "$mark" | sed -n 's/.* user=\([0-9]*\)$/\1/p')
if [ "${mark_user:-0}" -gt 0 ]; then
	ok "lin64-init's marker is reported, after $mark_user user cycles"
else
	bad "no marker $((0x4c00)) from lin64-init with user cycles (see $log)"
fi
bare=$(sed -n 's/^n64qemu: kernel=[0-9]* user=\([0-9]*\) .*/\1/p' "$OUT/tests/perf-qemu.1.log")
if [ "$bare" = 0 ]; then
	ok "the bare-metal benchmarks have no user cycles"
else
	bad "the bare-metal benchmarks have user cycles: '${bare:-none}'"
fi
tally
