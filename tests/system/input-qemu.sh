#!/bin/sh
# A button pressed over QMP reaches Linux: on -M n64 the kernel's n64joy
# driver polls the controller and /dev/input/event0 delivers the press.
# The test ROM (tests/roms/input.manifest) starts Linux straight into
# "dd if=/dev/input/event0 bs=16 | hexdump -v"; each 16-byte struct input_event is one
# line of eight big-endian 16-bit words: seconds (2), microseconds (2),
# type, code, value (2).  A is BTN_0 (0x100), EV_KEY is 1.
set -u
. "$(dirname "$0")/lib.sh"
ROM=$OUT/tests/roms/input.z64
log=$OUT/tests/input-qemu.log
mkdir -p "$OUT/tests"

tests/harness/n64qemu.py run "$ROM" --step 'wait=^input: ready' \
	--step frames=5 --step press=x \
	--until '^[0-9a-f]{7} ([0-9a-f]{4} ){4}0001 0100 0000 0000' --timeout 90 \
	>"$log" 2>&1
sed 's/^/  | /' "$log" | tail -n 12
if grep -q '^input: ready' "$log"; then
	ok "Linux started the event dump from the menu's command line"
else
	bad "no 'input: ready' from the input test ROM"
fi
if grep -Eq '^[0-9a-f]{7} ([0-9a-f]{4} ){4}0001 0100 0000 0001' "$log"; then
	ok "event0 delivered A pressed (EV_KEY BTN_0 1)"
else
	bad "no EV_KEY BTN_0 press on /dev/input/event0"
fi
if grep -Eq '^[0-9a-f]{7} ([0-9a-f]{4} ){4}0001 0100 0000 0000' "$log"; then
	ok "event0 delivered A released (EV_KEY BTN_0 0)"
else
	bad "no EV_KEY BTN_0 release on /dev/input/event0"
fi
tally
