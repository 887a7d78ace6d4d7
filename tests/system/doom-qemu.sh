#!/bin/sh
# Doom on -M n64 with 8 MiB (games/doom/):
#  1. the timedemo ROM (tests/roms/doom-timedemo.manifest) plays demo1 to
#     its end and prints the engine's "timed N gametics in N realtics"
#     line, the player where upstream's engine leaves them (the host
#     test's reference, tests/ref/doom-demos.txt: the big-endian build
#     plays the demo as the PC does), and its peak memory;
#  2. the boot menu's "Doom" entry (down, A) starts Doom, whose title
#     screen matches tests/ref/doom-title-qemu.ppm pixel for pixel;
#  3. Start, then A three times (New Game, the episode, the skill) starts
#     E1M1: the console says so and the screen is no longer the title;
#  4. the launcher (the default profile) starts Doom too (down, A), with
#     the launcher still in memory, to the same title screen;
#  5. Doom told to use a WAD that is not there says so on the console
#     ("doom: error ...") and on the screen (tests/ref/doom-error-qemu.ppm)
#     and exits with a failing status.
set -u
. "$(dirname "$0")/lib.sh"
REF=tests/ref/doom-title-qemu.ppm
mkdir -p "$OUT/tests"

log=$OUT/tests/doom-timedemo-qemu.log
tests/harness/n64qemu.py run "$OUT/tests/roms/doom-timedemo.z64" \
	--until '^doom: (rss_peak_kb|error)' --timeout 240 >"$log" 2>&1
grep -E '^(lin64|doom): (ready|mem_|timed|demo_end|rss|error)' "$log" | sed 's/^/  | /'
want=$(sed -n 's/^demo1 \([0-9]*\) \(demo_end .*\)/\1 \2/p' tests/ref/doom-demos.txt)
if grep -Eq "^doom: timed ${want%% *} gametics in [0-9]+ realtics" "$log"; then
	ok "the timedemo of demo1 ran its ${want%% *} gametics on the 8 MiB machine"
else
	bad "no 'doom: timed ${want%% *} gametics' line from the timedemo (see $log)"
fi
if grep -qxF "doom: ${want#* }" "$log"; then
	ok "demo1 ended where upstream's engine ends it (no desync)"
else
	bad "demo1 ended elsewhere than tests/ref/doom-demos.txt says"
fi
peak=$(sed -n 's/^doom: rss_peak_kb=\([0-9]*\)/\1/p' "$log")
if [ -n "$peak" ] && [ "$peak" -le 4096 ]; then
	ok "Doom's peak memory ${peak} KiB is within its 4 MiB budget"
else
	bad "Doom's peak memory '${peak}' KiB is over 4 MiB or unknown"
fi

log=$OUT/tests/doom-qemu.log
title=$OUT/tests/doom-title.ppm
game=$OUT/tests/doom-game.ppm
rm -f "$title" "$game"
tests/harness/n64qemu.py run "$OUT/lin64.z64" \
	--step 'wait=^bootmenu: ready' --step button=DOWN --step button=A \
	--step 'wait=^doom: title screen' --step "screendump=$title" \
	--step button=START --step frames=10 --step button=A --step frames=10 \
	--step button=A --step frames=10 --step button=A \
	--step 'wait=^doom: level E1M1' --step frames=70 --step "screendump=$game" \
	--until '^doom: level E1M1' --timeout 180 >"$log" 2>&1
grep -E '^doom: (title|level|error)' "$log" | sed 's/^/  | /'
if [ -s "$title" ] && tests/harness/n64qemu.py compare "$title" "$REF"; then
	ok "the title screen matches $REF"
else
	bad "the title screen's screendump is missing or differs from $REF (see $log)"
fi
if grep -q '^doom: level E1M1' "$log"; then
	ok "Start, A, A, A started a new game on E1M1"
else
	bad "no 'doom: level E1M1' after Start, A, A, A"
fi
if [ -s "$game" ] && ! tests/harness/n64qemu.py compare "$game" "$REF"; then
	ok "the screen shows the game, not the title"
else
	bad "no screendump of the game, or it still shows the title"
fi

log=$OUT/tests/doom-launcher-qemu.log
shot=$OUT/tests/doom-launcher-title.ppm
rm -f "$shot"
tests/harness/n64qemu.py run "$OUT/lin64.z64" \
	--step 'wait=^launcher: ready' --step frames=5 --step button=DOWN \
	--step frames=5 --step button=A --step 'wait=^doom: title screen' \
	--step "screendump=$shot" --until '^doom: title screen' --timeout 120 >"$log" 2>&1
grep -E '^(launcher: start|doom: (mem_|title|error))' "$log" | sed 's/^/  | /'
if [ -s "$shot" ] && tests/harness/n64qemu.py compare "$shot" "$REF"; then
	ok "the launcher started Doom to its title screen"
else
	bad "Doom did not come up from the launcher (see $log)"
fi

log=$OUT/tests/doom-nowad-qemu.log
shot=$OUT/tests/doom-nowad.ppm
rm -f "$shot"
tests/harness/n64qemu.py run "$OUT/tests/roms/doom-nowad.z64" \
	--step 'wait=^lin64: exit' --step "screendump=$shot" \
	--until '^lin64: exit' --timeout 90 >"$log" 2>&1
grep -E '^(doom: error|lin64: exit)' "$log" | sed 's/^/  | /'
if grep -q "^doom: error IWAD file '/usr/share/games/doom/missing.wad' not found" "$log" &&
	grep -Eq '^lin64: exit /usr/games/doom status=[1-9]' "$log"; then
	ok "a missing WAD: 'doom: error' on the console and a failing exit"
else
	bad "no 'doom: error' line and failing exit for a missing WAD (see $log)"
fi
if [ -s "$shot" ] && tests/harness/n64qemu.py compare "$shot" tests/ref/doom-error-qemu.ppm; then
	ok "the error is on the screen (tests/ref/doom-error-qemu.ppm)"
else
	bad "the missing WAD's screen differs from tests/ref/doom-error-qemu.ppm"
fi
tally
