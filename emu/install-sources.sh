#!/bin/sh
# Copy Lin64's QEMU sources into an unpacked QEMU tree.
#
#   emu/install-sources.sh EMU_DIR QEMU_SRC
#
# Every file under EMU_DIR/hw and EMU_DIR/include goes to
# the same path under QEMU_SRC (emu/hw/n64/n64_pi.c -> hw/n64/n64_pi.c).
# A file is only copied when its content differs, so that ninja rebuilds
# just what was edited; files installed by an earlier run and since
# removed from EMU_DIR are removed from the tree (the list is kept in
# QEMU_SRC/.lin64-sources).  Prints the number of files it changed.
set -eu

[ $# -eq 2 ] || { echo "usage: install-sources.sh EMU_DIR QEMU_SRC" >&2; exit 2; }
emu=$1 src=$2
[ -d "$src" ] || { echo "install-sources: no QEMU tree at $src" >&2; exit 1; }

list=$src/.lin64-sources
new=$list.new
(cd "$emu" && find -L hw include -type f | LC_ALL=C sort) >"$new"

changed=0
while read -r f; do
	if ! cmp -s "$emu/$f" "$src/$f"; then
		mkdir -p "$(dirname "$src/$f")"
		cp "$emu/$f" "$src/$f"
		changed=$((changed + 1))
	fi
done <"$new"

if [ -f "$list" ]; then
	for f in $(LC_ALL=C comm -23 "$list" "$new"); do
		rm -f "$src/$f"
		changed=$((changed + 1))
	done
fi
mv "$new" "$list"
echo "install-sources: $changed file(s) changed in $src"
