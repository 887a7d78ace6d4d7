#!/bin/sh
# Print the table of contents of a Lin64 ROM (header word 0x18 gives its
# offset, its own header its size): the fuzzer's starting point.
#
# Usage: tools/extract-toc.sh ROM > TOC
set -eu
rom=$1
offset=$(od -An -tu4 --endian=big -j 24 -N 4 "$rom" | tr -d ' ')
size=$(od -An -tu4 --endian=big -j $((offset + 12)) -N 4 "$rom" | tr -d ' ')
[ "$offset" -gt 0 ] && [ "$size" -ge 64 ] && [ "$size" -le 65536 ] || {
	echo "extract-toc: $rom has no Lin64 table of contents" >&2
	exit 1
}
dd if="$rom" bs=1 skip="$offset" count="$size" 2>/dev/null
