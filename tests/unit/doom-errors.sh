#!/bin/sh
# The host build of Doom given no WAD, or a file that is not one: it must
# stop with a "doom: error ..." line that says what is wrong (the same
# text goes on the screen) and a failing exit status, not crash or hang.
set -u
. "$(dirname "$0")/../system/lib.sh"
DOOM=$OUT/games/doom/host/doom
dir=$OUT/tests/doom-errors
mkdir -p "$dir"
head -c 4096 /dev/zero >"$dir/zeros.wad"
printf 'IWAD\377\377\377\177\0\0\0\100' >"$dir/huge-directory.wad"

check() { # WAD WHAT EXPECTED-MESSAGE
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy DOOM_HOME=$dir \
		timeout -s KILL 30 "$DOOM" -iwad "$1" -nosound >"$dir/log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && [ $rc -ne 137 ] && grep -q "^doom: error .*$3" "$dir/log"; then
		ok "$2: $(grep '^doom: error' "$dir/log")"
	else
		bad "$2: exit status $rc, no 'doom: error ...$3' line:"
		tail -n 3 "$dir/log" | sed 's/^/  | /'
	fi
}
check "$dir/missing.wad" "a missing WAD" "not found"
check "$dir/zeros.wad" "a file of zeros" "IWAD or PWAD"
check "$dir/huge-directory.wad" "a directory past the end" ""
tally
[ "$failed" -eq 0 ]
