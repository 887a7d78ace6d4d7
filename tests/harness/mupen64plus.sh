#!/bin/sh
# Run a ROM on mupen64plus, headless, and print its IS-Viewer console.
#
# Usage: tests/harness/mupen64plus.sh ROM SECONDS [UNTIL_REGEX]
#        tests/harness/mupen64plus.sh ROM 0      (follow the console until ^C)
#
# Prints the console lines (without mupen64plus's "Core: IS64: " prefix)
# on stdout and keeps the emulator's whole output in $M64P_LOG when set.
# Stops at the first console line matching UNTIL_REGEX, or after SECONDS.
# Exits 0 when UNTIL_REGEX was seen, 2 on a fatal emulator error ("Core
# Error": mupen64plus itself still exits 0 then), 1 otherwise.
#
# Saves (the EEPROM) go to a fresh folder each run unless M64P_SAVE_DIR
# names one, so that runs do not depend on each other.
#
# It runs the cached interpreter (M64P_EMUMODE=1).  The dynamic
# recompiler (2) runs the kernel, but a process created by fork() never
# gets going under it (mupen64plus 2.5.9 as Debian ships it).
set -u
rom=$1 seconds=$2 until=${3:-}
PATH=$PATH:/usr/games

work=$(mktemp -d)
out=$work/out
pid=
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT

mupen() {
	exec stdbuf -oL mupen64plus --noosd --configdir "$work" \
		--datadir /usr/share/games/mupen64plus --emumode ${M64P_EMUMODE:-1} \
		--gfx dummy --audio dummy --input dummy --rsp mupen64plus-rsp-hle \
		--set "Core[SaveSRAMPath]=${M64P_SAVE_DIR:-$work}" "$@" "$rom" 2>&1
}

if [ "$seconds" = 0 ]; then
	mupen | sed -un 's/^.*Core: IS64: //p'
	exit 0
fi

mupen --nospeedlimit >"$out" &
pid=$!

console() { sed -n 's/^.*Core: IS64: //p' "$out"; }

status=1
deadline=$(($(date +%s) + seconds))
while kill -0 $pid 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
	if [ -n "$until" ] && console | grep -qE "$until"; then
		status=0
		break
	fi
	sleep 0.2
done
kill $pid 2>/dev/null
wait $pid 2>/dev/null

console
if [ $status -ne 0 ] && [ -n "$until" ] && console | grep -qE "$until"; then
	status=0
fi
if grep -q 'Core Error' "$out"; then
	grep 'Core Error' "$out" | sed 's/^/harness: /' >&2
	[ $status -eq 0 ] || status=2
fi
[ -n "${M64P_LOG:-}" ] && cp "$out" "$M64P_LOG"
exit $status
