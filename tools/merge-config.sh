#!/bin/sh
# Apply a Kconfig fragment to a .config in place: each symbol the fragment
# names replaces its line (or is appended).  Run `make oldconfig` after it
# so that Kconfig resolves the dependencies, then tools/check-config.sh.
# For kconfig copies that ignore KCONFIG_ALLCONFIG (BusyBox's).
#
# Usage: tools/merge-config.sh FRAGMENT DOTCONFIG
set -eu
fragment=$1 config=$2
tmp=$config.merge
sed -n -e 's/^\(CONFIG_[A-Za-z0-9_]*\)=.*/\1/p' \
	-e 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1/p' "$fragment" >"$tmp.syms"
grep -v -w -F -f "$tmp.syms" "$config" >"$tmp" || true
grep -e '^CONFIG_' -e '^# CONFIG_.* is not set$' "$fragment" >>"$tmp"
rm -f "$tmp.syms"
mv "$tmp" "$config"
