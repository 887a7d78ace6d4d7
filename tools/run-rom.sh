#!/bin/sh
# `make run` and `make debug`: boot a ROM on the QEMU N64 machine (-M n64)
# in an SDL window with sound, its IS-Viewer console on this terminal.
# The EEPROM and Controller Pak live in out/run/, so saves persist from one
# run to the next.  Keys: docs/emu.md ("Controllers").
#
# Usage: tools/run-rom.sh [--debug] ROM
#   --debug   start halted with the gdbstub on tcp::1234 and print the
#             gdb-multiarch command that attaches with the kernel's symbols
#   EMU=mupen64plus  run it on mupen64plus instead (the second emulator)
set -eu
debug=
if [ "${1:-}" = --debug ]; then
	debug=1
	shift
fi
rom=$1
out=$(dirname "$rom")
qemu=$out/emu/qemu-system-mips64
PATH=$PATH:/usr/games

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

if [ "${EMU:-qemu}" = mupen64plus ]; then
	if ! has_display; then
		echo "run: no display; booting headless (console only)" >&2
		exec tests/harness/mupen64plus.sh "$rom" 0
	fi
	# The cached interpreter: see tests/harness/mupen64plus.sh for why.
	exec mupen64plus --windowed --resolution 640x480 --emumode 1 \
		--gfx mupen64plus-video-glide64mk2 --rsp mupen64plus-rsp-hle "$rom"
fi

mkdir -p "$out/run"
set -- -M "n64,cart=$rom,save=$out/run/eeprom.sav,pak=$out/run/pak1.mpk" \
	-serial stdio -monitor none
if has_display; then
	set -- "$@" -display sdl -audiodev sdl,id=snd -global n64-ai.audiodev=snd
else
	echo "run: no display; booting headless (console only, Ctrl-C quits)" >&2
	set -- "$@" -display none -audiodev none,id=snd -global n64-ai.audiodev=snd
fi
if [ -n "$debug" ]; then
	cat >&2 <<-EOF
	debug: halted at the reset vector, gdbstub on tcp::1234; attach with
	  gdb-multiarch $out/kernel/vmlinux -ex 'set architecture mips:4000' \\
	    -ex 'set endian big' -ex 'target remote :1234'
	  (symbols of the boot menu: add-symbol-file $out/bootmenu/bootmenu.elf)
	EOF
	set -- "$@" -s -S
fi
exec "$qemu" "$@"
