#!/bin/sh
# The boot menu on each TV standard the PIF can report (-M n64,tv=...):
# the boot code passes the TV type on, the menu says which standard it
# programmed ("bootmenu: video NAME"), its picture is the same 320x240 as
# tests/ref/bootmenu-qemu.ppm, and its 3-second countdown lasts 3 s of
# virtual time at that standard's field rate (PAL counts 50 fields a
# second, NTSC and MPAL 60; the VI runs on each standard's clock); and the
# kernel it launches picks the same standard's timing.
set -u
. "$(dirname "$0")/lib.sh"
REF=tests/ref/bootmenu-qemu.ppm
COUNTDOWN_NS=3000000000
SLACK_NS=60000000	# 2 %: the first frame and the launch line's print

mkdir -p "$OUT/tests"
for tv in ntsc pal mpal; do
	dump=$OUT/tests/tv-qemu.$tv.ppm
	log=$OUT/tests/tv-qemu.$tv.log
	rm -f "$dump"
	tests/harness/n64qemu.py run "$OUT/lin64.z64" \
		--qemu-arg=-machine --qemu-arg=tv=$tv \
		--step 'wait=^bootmenu: ready' --step "screendump=$dump" \
		--until 'n64: [A-Z]* video$' --timeout 180 \
		--at '^bootmenu: ready' --at '^bootmenu: launch' >"$log" 2>&1
	if grep -q "^bootmenu: video $tv\$" "$log"; then
		ok "$tv: the menu programmed the VI for $tv"
	else
		bad "$tv: no 'bootmenu: video $tv' (see $log)"
	fi
	TV=$(echo "$tv" | tr a-z A-Z)
	if grep -q "^\[ *[0-9.]*\] n64: $TV video\$" "$log"; then
		ok "$tv: Linux chose the $TV video timing (kernel patch 0007)"
	else
		bad "$tv: no 'n64: $TV video' in the kernel log (see $log)"
	fi
	if [ -s "$dump" ] &&
		tests/harness/n64qemu.py compare "$dump" "$REF" --tolerance 0; then
		ok "$tv: the menu's screendump matches $REF"
	else
		bad "$tv: the menu's screendump is missing or differs from $REF"
	fi
	ready=$(sed -n 's/^n64qemu: at_ns=\([0-9]*\) ^bootmenu: ready$/\1/p' "$log")
	launch=$(sed -n 's/^n64qemu: at_ns=\([0-9]*\) ^bootmenu: launch$/\1/p' "$log")
	if [ -n "$ready" ] && [ -n "$launch" ]; then
		span=$((launch - ready))
		off=$((span - COUNTDOWN_NS))
		[ $off -lt 0 ] && off=$((-off))
		if [ $off -le $SLACK_NS ]; then
			ok "$tv: the countdown took $span ns of virtual time"
		else
			bad "$tv: the countdown took $span ns, not 3 s"
		fi
	else
		bad "$tv: no virtual times for the ready and launch lines"
	fi
done
tally
