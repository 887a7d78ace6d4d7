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
trap 'rm -f "$log"' EXIT
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

# NAME NS: a span of NS virtual ns on -M n64 (-icount shift=3: 8 ns an
# instruction) as guest instructions, what they take on a VR4300 at
# 93.75 MHz running one instruction a cycle (no cache misses, no stalls:
# a lower bound), and the virtual time itself (the DMA and VI waits on
# the model's clock, as on the console).
n64_time() {
	echo "$1_instructions: $(($2 >> 3)) instructions"
	echo "$1_n64_ms: $(awk -v n="$(($2 >> 3))" 'BEGIN { printf "%.1f", n / 93750 }') ms (at 1 instruction a cycle, 93.75 MHz)"
	echo "$1_virtual_ms: $(awk -v n="$2" 'BEGIN { printf "%.1f", n / 1e6 }') ms"
}

# One boot on -M n64 (tests/harness/n64qemu.py speed): how fast it runs
# Linux, from the kernel's first line to 'lin64: ready', guest
# instructions against host time (the ratio to the VR4300 assumes one
# instruction a cycle); and from the same boot's virtual times, the boot
# menu: reset to its first frame, and its launch line to the kernel's
# banner (the kernel and initramfs loaded and checked).
qemu_timings() {
	banner='^\[ *0\.000000\] Linux version'
	span=$(tests/harness/n64qemu.py speed "$OUT/lin64.z64" --from "$banner" \
		--until '^lin64: ready ' --at '^bootmenu: ready ' \
		--at '^bootmenu: launch ' --at "$banner" 2>/dev/null) || return 0
	wall=$(echo "$span" | sed -n 's/^wall_ms=\([0-9]*\).*/\1/p')
	insns=$(echo "$span" | sed -n 's/.*instructions=\([0-9]*\).*/\1/p')
	set -- $(echo "$span" | sed -n 's/^at_ns=//p')
	[ "${wall:-0}" -gt 0 ] || return 0
	echo "qemu_linux_boot_wall: $wall ms (kernel banner to ready)"
	echo "qemu_guest_ips: $((insns * 1000 / wall)) instructions/s"
	echo "qemu_speed_vs_vr4300: $(awk -v n="$insns" -v w="$wall" 'BEGIN { printf "%.2f", n / w / 93750 }') x (at 1 instruction a cycle)"
	n64_time menu_first_frame "$1"
	n64_time menu_launch_to_kernel "$(($3 - $2))"
}

# A console's cold boot (-M n64,pif=strict; the CIC check off, since the
# boot code is unsigned): from reset through our boot code's RDRAM set-up
# and the stage's load to the menu's first frame.
strict_cold_boot() {
	span=$(tests/harness/n64qemu.py speed "$OUT/lin64.z64" \
		--qemu-arg=-machine --qemu-arg=pif=strict,cic=none \
		--until '^bootmenu: ready ' 2>/dev/null) || return 0
	n64_time cold_boot_to_menu "$(echo "$span" | sed -n 's/.*virtual_ns=\([0-9]*\).*/\1/p')"
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
		strict_cold_boot
	else
		echo "bench: the ROM did not reach 'lin64: ready' on -M n64" >&2
	fi
fi

# The boot-code signature search (docs/boot.md), on one core.
tools/ipl3sum/bench.sh
