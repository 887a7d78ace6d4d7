#!/bin/sh
# `make run`: boot a ROM in an emulator window, with its IS-Viewer console
# on this terminal.  mupen64plus runs it until the QEMU machine lands.
#
# Usage: tools/run-rom.sh ROM
set -eu
rom=$1
PATH=$PATH:/usr/games

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
	echo "run: no display; booting headless (console only)" >&2
	exec tests/harness/mupen64plus.sh "$rom" 0
fi
# The cached interpreter: see tests/harness/mupen64plus.sh for why.
exec mupen64plus --windowed --resolution 640x480 --emumode 1 \
	--gfx mupen64plus-video-glide64mk2 --rsp mupen64plus-rsp-hle "$rom"
