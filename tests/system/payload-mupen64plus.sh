#!/bin/sh
# The boot menu starts a bare-metal payload that loads over the menu
# itself (at 0x80000400, where libdragon programs live): the trampoline in
# SP IMEM loads it, clears its bss and jumps.
set -u
. "$(dirname "$0")/lib.sh"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
tests/harness/mupen64plus.sh "$OUT/tests/roms/payload.z64" 30 '^payload: ' >"$log" 2>/dev/null
sed 's/^/  | /' "$log"
if grep -q '^bootmenu: launch hello$' "$log"; then
	ok "the countdown started the payload entry"
else
	bad "the menu did not start the payload entry"
fi
if grep -q '^payload: hello from 0x800004' "$log"; then
	ok "the payload runs at its own address, over the menu"
else
	bad "no 'payload: hello from 0x800004..' line"
fi
if grep -q 'bss=clear' "$log"; then
	ok "the payload starts with its bss clear"
else
	bad "the payload started with garbage in its bss"
fi
tally
