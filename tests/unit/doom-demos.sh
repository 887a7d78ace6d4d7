#!/bin/sh
# Every demo in freedoom1.wad, played by the host build of Doom under
# -timedemo (headless: SDL's dummy video driver, no sound), must run to
# its end and leave the player where upstream Chocolate Doom does
# (tests/ref/doom-demos.txt): the same number of gametics and the same
# demo_end line.  A platform layer that changed the game's behaviour (a
# byte-order slip in the WAD reading, a different tic clock) shows here.
set -u
. "$(dirname "$0")/../system/lib.sh"
DOOM=$OUT/games/doom/host/doom
WAD=/usr/share/games/doom/freedoom1.wad
REF=tests/ref/doom-demos.txt
home=$OUT/tests/doom-home
mkdir -p "$home"

grep -v '^#' "$REF" | while read -r demo tics want; do
	log=$OUT/tests/doom-$demo.log
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy DOOM_HOME=$home \
		timeout -s KILL 60 "$DOOM" -iwad "$WAD" -timedemo "$demo" -nosound \
		>"$log" 2>&1
	got=$(sed -n 's/^doom: \(demo_end .*\)/\1/p' "$log")
	if grep -q "^doom: timed $tics gametics in [0-9]* realtics" "$log" &&
		[ "$got" = "$want" ]; then
		echo "ok: $demo: $tics gametics, $got"
	else
		echo "FAIL: $demo: expected $tics gametics and '$want' (see $log):"
		grep -E '^doom: (timed|demo_end|error)' "$log" | sed 's/^/  | /'
	fi
done >"$OUT/tests/doom-demos.out"
cat "$OUT/tests/doom-demos.out"
passed=$(grep -c '^ok:' "$OUT/tests/doom-demos.out")
failed=$(grep -c '^FAIL:' "$OUT/tests/doom-demos.out")
# A demo that printed nothing at all still counts as failed.
[ $((passed + failed)) -eq "$(grep -vc '^#' "$REF")" ] || failed=$((failed + 1))
tally
[ "$failed" -eq 0 ]
