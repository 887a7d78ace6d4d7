#!/bin/sh
# `make bench`: Lin64's figures, one per line as "name: value unit".
# Names stay stable across changes so runs can be compared.
#
# Sizes come from the build outputs; boot figures from one boot of the ROM
# on mupen64plus (headless), timed on this machine.
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-out}

size_of() { stat -c %s "$1"; }

# text, data, bss of the kernel as the loader sees them.
set -- $(mips-linux-gnu-size "$OUT/kernel/vmlinux" | awk 'NR == 2 { print $1, $2, $3 }')
echo "kernel_text: $1 bytes"
echo "kernel_data: $2 bytes"
echo "kernel_bss: $3 bytes"
echo "kernel_total: $(($1 + $2 + $3)) bytes"
echo "initramfs_size: $(size_of "$OUT/rootfs/initramfs.cpio") bytes"
echo "cartfs_size: $(size_of "$OUT/rootfs/cartfs.squashfs") bytes"
echo "rom_size: $(size_of "$OUT/lin64.z64") bytes"

log=$(mktemp)
trap 'rm -f "$log" "$log.model"' EXIT
start=$(date +%s%N)
tests/harness/mupen64plus.sh "$OUT/lin64.z64" 120 '^lin64: ready ' >"$log" 2>/dev/null || true
end=$(date +%s%N)

ready=$(grep -m1 '^lin64: ready ' "$log" || true)
if [ -z "$ready" ]; then
	echo "bench: the ROM did not reach 'lin64: ready' on mupen64plus" >&2
	exit 1
fi
echo "mem_available_kb: $(echo "$ready" | sed 's/.*mem_available_kb=\([0-9]*\).*/\1/') KiB"
echo "ready_uptime: $(echo "$ready" | sed 's/.*uptime_ms=\([0-9]*\).*/\1/') ms"
# The kernel's own clock when it starts /init ("[    1.333216] Run /init").
echo "kernel_init_start: $(sed -n 's/^\[ *\([0-9.]*\)\] Run \/init.*/\1/p' "$log" | awk '{ printf "%d", $1 * 1000 }') ms"
echo "mupen64plus_boot_to_ready_wall: $(( (end - start) / 1000000 )) ms"

# NAME NS CYCLES MISS INSNS WAIT_CYCLES WAIT_MISS WAIT_INSNS: a span on
# -M n64 of NS virtual ns (-icount shift=3: 8 ns an instruction), with the
# VR4300 cost model's totals over it (docs/perf.md).  Its N64 time is the
# compute, cycles outside the blocks that read device registers, at
# 93.75 MHz, plus the waits, whose length the virtual clock gives: the
# span's virtual time less 8 ns for each compute instruction.  Also: the
# share of the compute lost to cache misses and uncached accesses, and the
# old flat guess (every instruction one cycle) beside it.
n64_span() {
	compute=$(($3 - $6)) compute_miss=$(($4 - $7)) compute_insns=$(($5 - $8))
	wait_ns=$(($2 - 8 * compute_insns))
	[ $wait_ns -ge 0 ] || wait_ns=0
	echo "$1_instructions: $5 instructions"
	echo "$1_cycles: $compute cycles (VR4300 cost model, waits excluded)"
	echo "$1_n64_ms: $(awk -v c="$compute" -v w="$wait_ns" 'BEGIN { printf "%.1f", c / 93750 + w / 1e6 }') ms (cost model at 93.75 MHz, plus $(awk -v w="$wait_ns" 'BEGIN { printf "%.1f", w / 1e6 }') ms of waits)"
	echo "$1_miss_share: $(awk -v m="$compute_miss" -v c="$compute" 'BEGIN { printf "%.1f", c ? 100 * m / c : 0 }') % (of those cycles: cache misses and uncached accesses)"
	echo "$1_flat_ms: $(awk -v n="$5" 'BEGIN { printf "%.1f", n / 93750 }') ms (the old guess: 1 instruction a cycle)"
	echo "$1_virtual_ms: $(awk -v n="$2" 'BEGIN { printf "%.1f", n / 1e6 }') ms"
}

# One boot of ROM (default out/lin64.z64) under the cost model up to LAST
# (n64qemu.py run --cost-model), with MACHINE-OPTIONS if given; prints
# "NS CYCLES MISS INSNS WAIT_CYCLES WAIT_MISS WAIT_INSNS" for each console
# line (a fixed string) in order, or nothing when one is missing.  The
# whole output (the console too) is left in $log.model.
model_boot() { # MACHINE-OPTIONS LAST LINE...
	opts=$1 last=$2
	shift 2
	out=$(
		# Each LINE becomes "--at LINE" (the list is read once, at the start).
		for line in "$@"; do set -- "$@" --at "$line"; shift; done
		tests/harness/n64qemu.py run "${ROM:-$OUT/lin64.z64}" --cost-model \
			${opts:+--qemu-arg=-machine --qemu-arg=$opts} \
			--until "$last" --timeout 400 "$@" 2>/dev/null) || return 0
	echo "$out" >"$log.model"
	for line in "$@"; do
		ns=$(echo "$out" | grep -F " $line" | sed -n 's/^n64qemu: at_ns=\([0-9]*\) .*/\1/p')
		cost=$(echo "$out" | grep -F " $line" | sed -n 's/^n64qemu: at_cycles=\([0-9]*\) miss=\([0-9]*\) insns=\([0-9]*\) wait_cycles=\([0-9]*\) wait_miss=\([0-9]*\) wait_insns=\([0-9]*\) user=[0-9]* .*/\1 \2 \3 \4 \5 \6/p')
		[ -n "$ns" ] && [ -n "$cost" ] || return 0
		echo "$ns $cost"
	done
}

# NAME FROM TO: the span between two of model_boot's points.
span() {
	name=$1
	set -- $2 $3
	n64_span "$name" $(($8 - $1)) $(($9 - $2)) $((${10} - $3)) $((${11} - $4)) \
		$((${12} - $5)) $((${13} - $6)) $((${14} - $7))
}

# One boot on -M n64 (tests/harness/n64qemu.py speed): how fast the
# emulator runs Linux, from the kernel's first line to 'lin64: ready',
# guest instructions against host time (the ratio to the VR4300 assumes
# one instruction a cycle).  The stages' N64 time is model_timings'.
qemu_timings() {
	banner='^\[ *0\.000000\] Linux version'
	span=$(tests/harness/n64qemu.py speed "$OUT/lin64.z64" --from "$banner" \
		--until '^lin64: ready ' 2>/dev/null) || return 0
	wall=$(echo "$span" | sed -n 's/^wall_ms=\([0-9]*\).*/\1/p')
	insns=$(echo "$span" | sed -n 's/.*instructions=\([0-9]*\).*/\1/p')
	[ "${wall:-0}" -gt 0 ] || return 0
	echo "qemu_linux_boot_wall: $wall ms (kernel banner to ready)"
	echo "qemu_guest_ips: $((insns * 1000 / wall)) instructions/s"
	echo "qemu_speed_vs_vr4300: $(awk -v n="$insns" -v w="$wall" 'BEGIN { printf "%.2f", n / w / 93750 }') x (at 1 instruction a cycle)"
}

# The N64 time of the boot's stages, from one boot under the cost model:
# reset to the menu's first frame, its launch line to the kernel's banner
# (the kernel and initramfs loaded and checked), the banner to 'lin64:
# ready' and to the launcher's first frame; and a console's cold boot
# (-M n64,pif=strict, the CIC check off since the boot code is unsigned:
# our boot code's RDRAM set-up included) to the menu's first frame.
model_timings() {
	points=$(model_boot "" '^launcher: ready ' 'bootmenu: ready ' 'bootmenu: launch ' \
		'] Linux version' 'lin64: ready ' 'launcher: ready ')
	if [ "$(echo "$points" | grep -c .)" -eq 5 ]; then
		span menu_first_frame "0 0 0 0 0 0 0" "$(echo "$points" | sed -n 1p)"
		span menu_launch_to_kernel "$(echo "$points" | sed -n 2p)" "$(echo "$points" | sed -n 3p)"
		span kernel_to_ready "$(echo "$points" | sed -n 3p)" "$(echo "$points" | sed -n 4p)"
		span kernel_to_launcher "$(echo "$points" | sed -n 3p)" "$(echo "$points" | sed -n 5p)"
	else
		echo "bench: the cost model's boot did not reach 'launcher: ready'" >&2
	fi
	points=$(model_boot pif=strict,cic=none '^bootmenu: ready ' 'bootmenu: ready ')
	[ -n "$points" ] && span cold_boot_to_menu "0 0 0 0 0 0 0" "$points"
}

# The framebuffer userspace on -M n64: free memory with the launcher idle
# and the resident size of the launcher and of the terminal (A starts it),
# each as the program reports it once its first frame is drawn.
userspace_figures() {
	tests/harness/n64qemu.py run "$OUT/lin64.z64" --step 'wait=^launcher: ready' \
		--step button=A --until '^lin64-term: ready' --timeout 120 >"$log" 2>&1 || true
	launcher=$(grep -m1 '^launcher: ready ' "$log" || true)
	term=$(grep -m1 '^lin64-term: ready ' "$log" || true)
	if [ -z "$launcher" ] || [ -z "$term" ]; then
		echo "bench: the launcher or the terminal did not start on -M n64" >&2
		return 0
	fi
	echo "launcher_mem_available_kb: $(echo "$launcher" | sed 's/.*mem_available_kb=\([0-9]*\).*/\1/') KiB (launcher idle; target 5600)"
	echo "launcher_rss_kb: $(echo "$launcher" | sed 's/.*rss_kb=\([0-9]*\).*/\1/') KiB"
	echo "term_rss_kb: $(echo "$term" | sed 's/.*rss_kb=\([0-9]*\).*/\1/') KiB"
}

# The same ROM on the QEMU machine (-M n64, -icount shift=3, sleep=off).
if [ -x "$OUT/emu/qemu-system-mips64" ]; then
	start=$(date +%s%N)
	tests/harness/n64qemu.py run "$OUT/lin64.z64" --until '^lin64: ready ' \
		--timeout 60 >"$log" 2>&1 || true
	end=$(date +%s%N)
	ready=$(grep -m1 '^lin64: ready ' "$log" || true)
	if [ -n "$ready" ]; then
		echo "qemu_mem_available_kb: $(echo "$ready" | sed 's/.*mem_available_kb=\([0-9]*\).*/\1/') KiB"
		echo "qemu_ready_uptime: $(echo "$ready" | sed 's/.*uptime_ms=\([0-9]*\).*/\1/') ms"
		echo "qemu_boot_to_ready_wall: $(( (end - start) / 1000000 )) ms"
		qemu_timings
		model_timings
		userspace_figures
	else
		echo "bench: the ROM did not reach 'lin64: ready' on -M n64" >&2
	fi
fi

# Doom's timedemo of demo1 (tests/roms/doom-timedemo.manifest) under the
# cost model: the memory it starts with and peaks at, and the span from
# the level's start to the engine's result line, one rendered frame a
# gametic (-timedemo draws every tic), whole and per frame, kernel time
# (sound, the WAD's reads) included.  The fps figures put a frame's
# cycles at 93.75 MHz: the cost model's cycles (its CPI, cache misses
# included: docs/perf.md), and the flat guess of one instruction a cycle.
doom_timings() {
	points=$(ROM=$OUT/tests/roms/doom-timedemo.z64 model_boot "" '^doom: rss_peak_kb' \
		'doom: level E1M4' 'doom: timed ')
	frames=$(sed -n 's/^doom: timed \([0-9]*\) gametics.*/\1/p' "$log.model" 2>/dev/null)
	if [ "$(echo "$points" | grep -c .)" -ne 2 ] || [ -z "$frames" ]; then
		echo "bench: Doom's timedemo did not finish on -M n64" >&2
		return 0
	fi
	for figure in mem_available_kb zone_kb rss_peak_kb; do
		echo "doom_$figure: $(sed -n "s/^doom: .*$figure=\([0-9]*\).*/\1/p" "$log.model") KiB"
	done
	echo "doom_timedemo_frames: $frames frames"
	span doom_timedemo "$(echo "$points" | sed -n 1p)" "$(echo "$points" | sed -n 2p)"
	set -- $(echo "$points" | sed -n 1p) $(echo "$points" | sed -n 2p)
	insns=$((${11} - $4)) cycles=$(($9 - $2 - (${12} - $5)))
	echo "doom_instructions_per_frame: $((insns / frames)) instructions"
	echo "doom_cycles_per_frame: $((cycles / frames)) cycles (cost model, waits excluded)"
	echo "doom_fps: $(awk -v c="$cycles" -v f="$frames" 'BEGIN { printf "%.1f", 93.75e6 * f / c }') fps (cost model cycles at 93.75 MHz)"
	echo "doom_fps_flat: $(awk -v n="$insns" -v f="$frames" 'BEGIN { printf "%.1f", 93.75e6 * f / n }') fps (1 instruction a cycle)"
}
[ -x "$OUT/emu/qemu-system-mips64" ] && doom_timings
# The PICO-8 demo carts, each booted straight into pico with scripted
# input (tests/roms/pico-*.manifest, as tests/system/pico-qemu.sh runs
# them), under the cost model from 'pico: ready' (the cart booted) to
# 'pico: done': guest instructions and model cycles a frame (update, draw
# and the copy to the screen; --frames never waits), the frame rate those
# cycles allow at 93.75 MHz, and pico's own figures: the Lua heap's peak
# and the process's peak RSS.
pico_bench() { # NAME
	out=$(tests/harness/n64qemu.py run "$OUT/tests/roms/pico-$1.z64" --cost-model \
		--until '^pico: done' --timeout 300 --at 'pico: ready' --at 'pico: done' 2>/dev/null) ||
		{ echo "bench: pico-$1 did not finish on -M n64" >&2; return 0; }
	set -- "$1" $(echo "$out" | sed -n 's/^n64qemu: at_cycles=\([0-9]*\) miss=[0-9]* insns=\([0-9]*\) .* pico: \(ready\|done\)$/\1 \2/p')
	frames=$(echo "$out" | sed -n 's/^pico: done frames=\([0-9]*\).*/\1/p' | head -n 1)
	[ $# -eq 5 ] && [ "${frames:-0}" -gt 0 ] || return 0
	cycles=$((($4 - $2) / frames)) insns=$((($5 - $3) / frames))
	echo "pico_$1_instructions_per_frame: $insns instructions"
	echo "pico_$1_cycles_per_frame: $cycles cycles (VR4300 cost model, CPI $(awk -v c="$cycles" -v i="$insns" 'BEGIN { printf "%.2f", c / i }'))"
	echo "pico_$1_implied_fps: $(awk -v c="$cycles" 'BEGIN { printf "%.1f", 93750000 / c }') fps (those cycles at 93.75 MHz; the cart asks for $(echo "$out" | sed -n 's/^pico: ready fps=\([0-9]*\).*/\1/p' | head -n 1))"
	echo "pico_$1_heap_peak: $(echo "$out" | sed -n 's/^pico: done .*heap_peak_kb=\([0-9]*\).*/\1/p' | head -n 1) KiB (Lua heap)"
	echo "pico_$1_rss_peak: $(echo "$out" | sed -n 's/^pico: done .*rss_peak_kb=\([0-9]*\).*/\1/p' | head -n 1) KiB"
}
if [ -x "$OUT/emu/qemu-system-mips64" ]; then
	for cart in platformer shooter particles puzzle; do
		pico_bench $cart
	done
fi

# The boot-code signature search (docs/boot.md), on one core.
tools/ipl3sum/bench.sh
