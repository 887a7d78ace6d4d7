#!/bin/sh
# Boot out/lin64.z64 on the QEMU machine (-M n64, headless, -icount) to
# "lin64: ready", twice: the two console logs must be byte-identical
# (the machine is deterministic), and the same ROM boots on mupen64plus in
# boot-mupen64plus.sh, so two emulators agree.
set -u
. "$(dirname "$0")/lib.sh"
MIN_AVAILABLE_KB=5120

mkdir -p "$OUT/tests"
first=$OUT/tests/boot-qemu.1.log
second=$OUT/tests/boot-qemu.2.log
for log in "$first" "$second"; do
	tests/harness/n64qemu.py run "$OUT/lin64.z64" --until '^lin64: ready ' \
		--timeout 60 >"$log" 2>&1
done
sed 's/^/  | /' "$first" | grep -E 'bootmenu:|lin64:|Run /init|Linux version'

if grep -q '^bootmenu: launch linux-shell$' "$first"; then
	ok "the boot menu launched linux-shell on -M n64"
else
	bad "no 'bootmenu: launch linux-shell' on -M n64"
fi
ready=$(grep -m1 '^lin64: ready ' "$first")
kb=$(echo "$ready" | sed -n 's/.*mem_available_kb=\([0-9]*\).*/\1/p')
if [ -n "$kb" ] && [ "$kb" -ge $MIN_AVAILABLE_KB ]; then
	ok "userspace is up on -M n64: $ready"
else
	bad "no 'lin64: ready' with mem_available_kb >= $MIN_AVAILABLE_KB on -M n64"
fi
# Each run stops at the ready line; compare both logs up to it.
sed '/^lin64: ready /q' "$first" >"$first.cut"
sed '/^lin64: ready /q' "$second" >"$second.cut"
if [ -n "$ready" ] && cmp -s "$first.cut" "$second.cut"; then
	ok "two runs under -icount give byte-identical console logs"
else
	bad "the two -icount runs' console logs differ"
fi
tally
