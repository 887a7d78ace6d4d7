#!/bin/sh
# The PICO-8 runtime on -M n64: each demo cart boots straight from the menu
# into pico, plays a fixed number of frames with scripted input (pico
# --input: the same frames on every run), and its screendump must match
# tests/ref/pico-NAME-qemu.ppm pixel for pixel; the process stays inside
# the memory budget (2.5 MiB for runtime and cart, docs/cartfs.md).  A file
# that is not a cart gets the error screen, not a crash.
set -u
. "$(dirname "$0")/lib.sh"

BUDGET_KB=2560

mkdir -p "$OUT/tests"
for name in platformer shooter particles puzzle error; do
	rom=$OUT/tests/roms/pico-$name.z64
	dump=$OUT/tests/pico-$name-qemu.ppm
	log=$OUT/tests/pico-$name-qemu.log
	ref=tests/ref/pico-$name-qemu.ppm
	rm -f "$dump"
	tests/harness/n64qemu.py run "$rom" --until '^pico: done' --timeout 240 \
		--screendump "$dump" >"$log" 2>&1
	done_line=$(grep -m1 '^pico: done' "$log")
	if [ -z "$done_line" ]; then
		bad "$name: pico did not finish its frames (see $log)"
		continue
	fi
	if [ -s "$dump" ] && tests/harness/n64qemu.py compare "$dump" "$ref"; then
		ok "$name: the screendump matches $ref"
	else
		bad "$name: the screendump $dump differs from $ref"
	fi
	rss=$(echo "$done_line" | sed -n 's/.*rss_peak_kb=\([0-9]*\).*/\1/p')
	if [ "${rss:-99999}" -le $BUDGET_KB ]; then
		ok "$name: peak RSS ${rss} KiB within ${BUDGET_KB} KiB"
	else
		bad "$name: peak RSS ${rss:-?} KiB over ${BUDGET_KB} KiB"
	fi
done
if grep -q '^pico: error .*not a PICO-8 cart' "$OUT/tests/pico-error-qemu.log"; then
	ok "error: pico said why on the console"
else
	bad "error: no 'pico: error ... not a PICO-8 cart' line"
fi
tally
