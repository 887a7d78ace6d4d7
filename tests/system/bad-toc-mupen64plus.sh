#!/bin/sh
# Bad input never jumps to garbage: a ROM whose table of contents was
# damaged after mkrom wrote it makes the boot stage say so on the console
# (and start nothing) instead of loading what the table says.
set -u
. "$(dirname "$0")/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rom=$work/bad-toc.z64
cp "$OUT/lin64.z64" "$rom"

# Header word 0x18 holds the TOC's offset; 0x30 into the TOC is build_id.
toc=$(od -An -tu4 --endian=big -j 24 -N 4 "$rom" | tr -d ' ')
printf '\377' | dd of="$rom" bs=1 seek=$((toc + 0x30)) conv=notrunc 2>/dev/null

log=$work/console
tests/harness/mupen64plus.sh "$rom" 30 '^bootmenu: error' >"$log" 2>/dev/null
sed 's/^/  | /' "$log"
if grep -qE '^bootmenu: error toc-checksum expected=0x[0-9a-f]{8} got=0x[0-9a-f]{8}' "$log"; then
	ok "a damaged table is reported with both checksums"
else
	bad "no 'bootmenu: error toc-checksum' line for a damaged table"
fi
if grep -q 'Linux version' "$log"; then
	bad "the stage started the kernel from a damaged table"
else
	ok "nothing was started from a damaged table"
fi
tally
