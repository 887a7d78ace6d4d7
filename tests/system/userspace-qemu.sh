#!/bin/sh
# The framebuffer userspace on -M n64, driven by QMP button presses:
#   - the "Linux shell" profile (the ROM's default) starts the launcher,
#     whose screen matches tests/ref/launcher-qemu.ppm;
#   - A starts "Shell" (lin64-term); "echo lin64-ok" and Enter, typed on the
#     on-screen keyboard (the presses come from out/host/osk-plan, which
#     searches the terminal's own keyboard code), print lin64-ok on the
#     console and on screen (tests/ref/term-qemu.ppm);
#   - "exit" returns to the launcher, which reports the exit status;
#   - started again, "kill $PPID" kills the terminal with SIGTERM and the
#     launcher reports the signal.
set -u
. "$(dirname "$0")/lib.sh"
ROM=$OUT/lin64.z64
log=$OUT/tests/userspace-qemu.log
shots=$OUT/tests/userspace
mkdir -p "$shots"

# "--step button=NAME" for each press that types $1 on the keyboard of a
# terminal that has typed $2 so far.
typing() {
	"$OUT/host/osk-plan" --after "${2:-}" "$1" | sed 's/^/--step button=/'
}

# shellcheck disable=SC2046 # one word per step
tests/harness/n64qemu.py run "$ROM" \
	--step 'wait=^launcher: ready' --step frames=5 \
	--step "screendump=$shots/launcher.ppm" \
	--step button=A --step 'wait=^lin64-term: ready' --step frames=5 \
	$(typing 'echo lin64-ok\r') --step 'wait=^lin64-ok' --step frames=10 \
	--step "screendump=$shots/term.ppm" \
	$(typing 'exit\r' 'echo lin64-ok\r') --step 'wait=^launcher: exit Shell' --step frames=10 \
	--step "screendump=$shots/back.ppm" \
	--step button=A --step 'wait=^lin64-term: ready' --step frames=5 \
	$(typing 'kill $PPID\r') \
	--until '^launcher: exit Shell signal=' --timeout 300 >"$log" 2>&1
sed 's/^/  | /' "$log" | tail -n 25

same_picture() {
	tests/harness/n64qemu.py compare "$1" "$2" >/dev/null 2>&1
}

if grep -Eq '^launcher: ready apps=[1-9]' "$log"; then
	ok "the default profile started the launcher with its entries"
else
	bad "no 'launcher: ready apps=N' from the default profile"
fi
if same_picture "$shots/launcher.ppm" tests/ref/launcher-qemu.ppm; then
	ok "the launcher's screen matches tests/ref/launcher-qemu.ppm"
else
	bad "the launcher's screen differs from tests/ref/launcher-qemu.ppm ($shots/launcher.ppm)"
fi
if grep -q '^launcher: start Shell' "$log" && grep -q '^lin64-term: ready' "$log"; then
	ok "A started the terminal from the launcher"
else
	bad "A did not start the terminal"
fi
if grep -q '^lin64-ok' "$log"; then
	ok "'echo lin64-ok' typed on the on-screen keyboard ran: lin64-ok on the console"
else
	bad "no lin64-ok on the console after typing on the on-screen keyboard"
fi
if same_picture "$shots/term.ppm" tests/ref/term-qemu.ppm; then
	ok "the terminal's screen (lin64-ok under the command) matches tests/ref/term-qemu.ppm"
else
	bad "the terminal's screen differs from tests/ref/term-qemu.ppm ($shots/term.ppm)"
fi
if grep -q '^launcher: exit Shell status=0' "$log" &&
	[ -f "$shots/back.ppm" ] && ! same_picture "$shots/back.ppm" "$shots/term.ppm"; then
	ok "'exit' came back to the launcher, which reported status 0 and redrew"
else
	bad "no return to the launcher with 'launcher: exit Shell status=0'"
fi
if grep -q '^launcher: exit Shell signal=15' "$log"; then
	ok "the launcher reported the terminal killed by SIGTERM"
else
	bad "no 'launcher: exit Shell signal=15' after 'kill \$PPID'"
fi
tally
