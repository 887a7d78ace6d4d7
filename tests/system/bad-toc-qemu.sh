#!/bin/sh
# The boot menu's error screen on -M n64: a ROM whose table of contents
# was damaged after mkrom wrote it makes the stage print the error line,
# start nothing, and show a screen that says what is wrong and what to do,
# pixel for pixel tests/ref/bad-toc-qemu.ppm.
set -u
. "$(dirname "$0")/lib.sh"
REF=tests/ref/bad-toc-qemu.ppm

mkdir -p "$OUT/tests"
rom=$OUT/tests/bad-toc-qemu.z64
cp "$OUT/lin64.z64" "$rom"
# Header word 0x18 holds the TOC's offset; 0x30 into the TOC is build_id.
toc=$(od -An -tu4 --endian=big -j 24 -N 4 "$rom" | tr -d ' ')
printf '\377' | dd of="$rom" bs=1 seek=$((toc + 0x30)) conv=notrunc 2>/dev/null

dump=$OUT/tests/bad-toc-qemu.ppm
log=$OUT/tests/bad-toc-qemu.log
rm -f "$dump"
# The screen is presented at the vertical blank after the line: wait for
# the line, then for the picture to settle, then take it.
tests/harness/n64qemu.py run "$rom" --step 'wait=^bootmenu: error' \
	--until NEVER --timeout 2 --screendump "$dump" >"$log" 2>&1
if grep -qE '^bootmenu: error toc-checksum expected=0x[0-9a-f]{8} got=0x[0-9a-f]{8}' "$log" &&
	! grep -q 'Linux version' "$log"; then
	ok "a damaged table is reported and nothing starts"
else
	bad "no 'bootmenu: error toc-checksum' line, or something started (see $log)"
fi
if [ -s "$dump" ] && tests/harness/n64qemu.py compare "$dump" "$REF" --tolerance 0; then
	ok "the error screen matches $REF"
else
	bad "the error screen is missing or differs from $REF"
fi
tally
