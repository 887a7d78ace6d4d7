#!/bin/sh
# The boot-code collision search's speed, for `make bench`: one
# "name: value unit" line each, from a short single-threaded run of the
# real search loop (ipl3search --bench; it varies the last two words of a
# boot code, as a real search does).
#
#   ipl3_search_cpu_rate       candidates (checksums) per second, one core
#   ipl3_search_expected_time  2^48 / rate: the average time to a 48-bit
#                              collision on that one core
#
# Usage: tools/ipl3sum/bench.sh [SECONDS]   (default 2; OUT defaults to out)
set -eu
cd "$(dirname "$0")/../.."
OUT=${OUT:-out}
search="$OUT/host/ipl3search"
if [ ! -x "$search" ]; then
	echo "bench: $search is missing: run 'make $search' first" >&2
	exit 1
fi
exec "$search" --bench "${1:-2}"
