#!/bin/sh
# Boot out/lin64.z64 on mupen64plus (headless) to the userspace milestone:
# "lin64: ready mem_available_kb=N uptime_ms=N" on the IS-Viewer console.
# Keeps the console in out/tests/boot-mupen64plus.log.
set -u
. "$(dirname "$0")/lib.sh"
LIMIT=${BOOT_LIMIT_S:-120}
MIN_AVAILABLE_KB=5120

mkdir -p "$OUT/tests"
log=$OUT/tests/boot-mupen64plus.log
emu_log=$OUT/tests/boot-mupen64plus.emu.log
start=$(date +%s.%N)
M64P_LOG=$emu_log tests/harness/mupen64plus.sh "$OUT/lin64.z64" "$LIMIT" \
	'^lin64: ready ' >"$log" 2>&1
status=$?
end=$(date +%s.%N)
echo "boot: $(echo "$end - $start" | bc) s wall"
sed 's/^/  | /' "$log" | tail -n 40

if grep -qE '^bootmenu: ready entries=[1-9][0-9]* mem_kb=8192$' "$log"; then
	ok "the boot menu is up: $(grep -m1 '^bootmenu: ready' "$log")"
else
	bad "no 'bootmenu: ready entries=N mem_kb=8192' line"
fi
if grep -q '^bootmenu: launch ' "$log"; then
	ok "the countdown launched the default entry, $(sed -n 's/^bootmenu: launch //p' "$log")"
else
	bad "the boot menu never said what it launches"
fi
if grep -q 'Linux version 6\.1' "$log"; then
	ok "the kernel log reaches the IS-Viewer"
else
	bad "no kernel log on the IS-Viewer"
fi
ready=$(grep -m1 '^lin64: ready ' "$log")
if [ $status -eq 0 ] && [ -n "$ready" ]; then
	ok "userspace is up: $ready"
else
	bad "no 'lin64: ready' within ${LIMIT}s (harness status $status)"
fi
kb=$(echo "$ready" | sed -n 's/.*mem_available_kb=\([0-9]*\).*/\1/p')
if [ -n "$kb" ] && [ "$kb" -ge $MIN_AVAILABLE_KB ]; then
	ok "mem_available_kb=$kb >= $MIN_AVAILABLE_KB"
else
	bad "mem_available_kb='$kb', want >= $MIN_AVAILABLE_KB"
fi
# mupen64plus reports guest faults as "Core Error" and still carries on.
errors=$(grep 'Core Error' "$emu_log" 2>/dev/null | grep -v -f tests/system/mupen64plus-harmless.txt)
if [ -z "$errors" ]; then
	ok "no emulator core errors"
else
	bad "emulator core errors: $errors"
fi
tally
