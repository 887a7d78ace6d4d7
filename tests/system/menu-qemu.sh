#!/bin/sh
# Boot out/lin64.z64 on the QEMU machine (-M n64, headless, -icount) to
# "bootmenu: ready" (printed after the menu's first frame is on screen),
# take a screendump of the VI's picture, twice: each must match
# tests/ref/bootmenu-qemu.ppm exactly (the title, "Linux shell" and "System
# info", the countdown at 3 s; every joybus port is empty, so it counts down
# for 3 virtual seconds, several wall-clock seconds under -icount).
set -u
. "$(dirname "$0")/lib.sh"
REF=tests/ref/bootmenu-qemu.ppm

mkdir -p "$OUT/tests"
n=0
for run in 1 2; do
	dump=$OUT/tests/menu-qemu.$run.ppm
	log=$OUT/tests/menu-qemu.$run.log
	rm -f "$dump"
	tests/harness/n64qemu.py run "$OUT/lin64.z64" --until '^bootmenu: ready' \
		--timeout 60 --screendump "$dump" >"$log" 2>&1
	if [ ! -s "$dump" ]; then
		bad "run $run: no screendump of the boot menu (see $log)"
	elif tests/harness/n64qemu.py compare "$dump" "$REF" --tolerance 0; then
		ok "run $run: the boot menu's screendump matches $REF"
		n=$((n + 1))
	else
		bad "run $run: the boot menu's screendump differs from $REF"
	fi
done
if [ $n -eq 2 ] &&
	cmp -s "$OUT/tests/menu-qemu.1.ppm" "$OUT/tests/menu-qemu.2.ppm"; then
	ok "two runs under -icount give byte-identical screendumps"
else
	bad "the two -icount runs' screendumps differ"
fi
tally
