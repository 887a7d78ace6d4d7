#!/bin/sh
# The boot menu driven through the controller on -M n64 (QMP key presses,
# tests/harness/n64qemu.py):
#   - D-pad down twice and A launch the third entry of a three-entry menu
#     (tests/roms/menu.manifest), proven by the payload's own console line;
#   - with no button pressed the countdown starts the default entry;
#   - any button cancels the countdown: nothing starts 5 s later.
set -u
. "$(dirname "$0")/lib.sh"
ROM=$OUT/tests/roms/menu.z64
log=$OUT/tests/menu-input-qemu.log
mkdir -p "$OUT/tests"

qemu_menu() {
	tests/harness/n64qemu.py run "$ROM" --step 'wait=^bootmenu: ready' "$@" \
		>"$log" 2>&1
	sed 's/^/  | /' "$log"
}

qemu_menu --step press=k --step press=k --step press=x \
	--until '^payload: hello' --timeout 60
if grep -q '^bootmenu: launch hello-b$' "$log" && grep -q '^payload: hello' "$log"; then
	ok "down, down, A launched the third entry (hello-b), which ran"
else
	bad "down, down, A did not launch hello-b"
fi

qemu_menu --until '^bootmenu: launch' --timeout 60
if grep -q '^bootmenu: launch hello-a$' "$log"; then
	ok "untouched, the countdown launched the default entry"
else
	bad "the countdown did not launch the default entry hello-a"
fi

# 300 reads of the controller are 300 menu frames: 5 s, past the 3 s countdown.
qemu_menu --step press=c --step frames=300 --timeout 60
if grep -q '^bootmenu: ready' "$log" && ! grep -q '^bootmenu: launch' "$log"; then
	ok "B cancelled the countdown: nothing launched 5 s later"
else
	bad "the countdown was not cancelled by a button"
fi
tally
