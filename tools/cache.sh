#!/bin/sh
# Reuse a finished build from the cache, or run it and keep the result.
#
#   tools/cache.sh NAME KEY OUTDIR -- COMMAND [ARG...]
#
# KEY names the inputs (make computes it from a hash of every input file
# and tool version).  If $LIN64_CACHE/NAME/KEY exists, OUTDIR becomes a copy
# of it and COMMAND does not run.  Otherwise COMMAND runs and must fill
# OUTDIR, which is then stored under KEY.  Old keys are removed, so the
# cache holds one build per NAME.
set -eu

[ $# -ge 5 ] && [ "$4" = -- ] || {
	echo "usage: cache.sh NAME KEY OUTDIR -- COMMAND..." >&2
	exit 2
}
name=$1 key=$2 outdir=$3
shift 4
cache=${LIN64_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lin64}
entry=$cache/$name/$key

if [ -d "$entry" ]; then
	echo "cache: $name $key (cached)"
	rm -rf "$outdir"
	mkdir -p "$(dirname "$outdir")"
	cp -a "$entry" "$outdir"
	exit 0
fi

echo "cache: $name $key (building)"
rm -rf "$outdir"
mkdir -p "$outdir"
"$@"
mkdir -p "$cache/$name"
rm -rf "$entry.tmp"
cp -a "$outdir" "$entry.tmp"
find "$cache/$name" -mindepth 1 -maxdepth 1 ! -name "$key.tmp" -exec rm -rf {} +
mv "$entry.tmp" "$entry"
