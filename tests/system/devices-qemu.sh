#!/bin/sh
# The devices of -M n64 against their documented behaviour, checked by a
# bare-metal ROM (tests/roms/dev/, see its README.md) through
# tests/harness/n64qemu.py.  Each "ok:"/"FAIL:" line of the ROM's first
# run counts here.  It runs twice on one EEPROM file: the first run finds
# its block blank and writes it, the second finds what the first wrote.
set -u
. "$(dirname "$0")/lib.sh"
ROM=$OUT/tests/roms/dev/devices.z64
eeprom=$OUT/tests/devices-eeprom.bin
log=$OUT/tests/devices-qemu.log
mkdir -p "$OUT/tests"
rm -f "$eeprom"

# Runs the ROM to its tally line; $1 names the run in the messages.
run_rom() {
	tests/harness/n64qemu.py run "$ROM" --qemu-arg=-M \
		--qemu-arg="n64,eeprom=4k,save=$eeprom" \
		--until '^[0-9]+ passed, [0-9]+ failed$' --timeout 120 >"$log" 2>&1
	sed 's/^/  | /' "$log"
	if grep -Eq '^[0-9]+ passed, [0-9]+ failed$' "$log"; then
		ok "$1: the ROM reached its tally"
	else
		bad "$1: the ROM did not reach its tally"
	fi
}

run_rom "first run"
while IFS= read -r line; do
	case $line in
	"ok: "*) ok "${line#ok: }" ;;
	"FAIL: "*) bad "${line#FAIL: }" ;;
	esac
done <"$log"
if grep -q '^eeprom: block 40 blank$' "$log"; then
	ok "eeprom: a fresh file reads blank"
else
	bad "eeprom: a fresh file did not read blank"
fi

run_rom "second run"
if grep -q '^eeprom: block 40 found$' "$log"; then
	ok "eeprom: the second run found what the first wrote"
else
	bad "eeprom: the block written by the first run was not kept"
fi
if grep -Eq '^[0-9]+ passed, 0 failed$' "$log"; then
	ok "second run: no check failed"
else
	bad "second run: a check failed"
fi
tally
