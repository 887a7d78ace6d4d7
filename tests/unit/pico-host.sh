#!/bin/sh
# The desktop build of pico (SDL2, headless): each demo cart runs 90
# frames with scripted input to its end line, and a file that is not a
# cart stops with an error line instead of a crash.
set -u
cd "$(dirname "$0")/../.." || exit 1
PICO=${OUT:-out}/host/sdl/bin/pico
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy HOME=${TMPDIR:-/tmp}
passed=0 failed=0
check() { # WHAT COMMAND...
	what=$1
	shift
	if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $what"; fi
}
for cart in games/pico/carts/*.p8; do
	out=$("$PICO" --frames 90 --input 5:r,20:ro,40:-,50:x "$cart" 2>&1)
	check "$cart ran 90 frames" sh -c 'echo "$1" | grep -q "^pico: done frames=90 " &&
		! echo "$1" | grep -q "^pico: error"' _ "$out"
done
out=$("$PICO" --frames 2 games/pico/puzzle.app 2>&1)
check "a file that is not a cart gives an error line" sh -c \
	'echo "$1" | grep -q "^pico: error .*not a PICO-8 cart" && echo "$1" | grep -q "^pico: done"' _ "$out"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
