#!/bin/sh
# Unpack an upstream source and apply our patch series to it.
#
#   tools/unpack.sh deb-src PACKAGE VERSION_PREFIX DEST [PATCHDIR]
#	Source package from Debian's archive.  The download is kept in
#	$LIN64_CACHE/src/PACKAGE; any version that starts with VERSION_PREFIX
#	is accepted, so point releases inside Debian's line do not break the
#	build.  The newest cached one wins; nothing is downloaded if one is
#	cached.
#   tools/unpack.sh tarball FILE DEST [PATCHDIR]
#	A tarball a Debian binary package installed (linux-source-6.1).
#
# PATCHDIR/*.patch are applied in name order with `patch -p1`.  DEST is
# replaced atomically, so an interrupted run never leaves half a tree.
# Prints the unpacked version on stdout.
set -eu

die() { echo "unpack: $*" >&2; exit 1; }

cache=${LIN64_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lin64}

newest_dsc() { # DIR PACKAGE PREFIX
	ls "$1"/"$2"_"$3"*.dsc 2>/dev/null | sort -V | tail -n 1
}

fetch_deb_src() { # PACKAGE PREFIX -> path of .dsc
	dir=$cache/src/$1
	dsc=$(newest_dsc "$dir" "$1" "$2")
	if [ -z "$dsc" ]; then
		mkdir -p "$dir"
		echo "unpack: downloading Debian source package $1" >&2
		(cd "$dir" && apt-get source --download-only -qq "$1" >&2) ||
			die "apt-get source $1 failed (is deb-src enabled? run 'make deps')"
		dsc=$(newest_dsc "$dir" "$1" "$2")
		[ -n "$dsc" ] || die "Debian offers $1 $(ls "$dir" | grep '\.dsc$'), not $2*"
	fi
	echo "$dsc"
}

mode=$1
shift
case $mode in
deb-src)
	[ $# -ge 3 ] || die "usage: unpack.sh deb-src PACKAGE VERSION_PREFIX DEST [PATCHDIR]"
	pkg=$1 prefix=$2 dest=$3 patches=${4:-}
	dsc=$(fetch_deb_src "$pkg" "$prefix")
	version=$(sed -n 's/^Version: //p' "$dsc")
	rm -rf "$dest.tmp"
	mkdir -p "$(dirname "$dest")"
	dpkg-source --no-check --no-copy -x "$dsc" "$dest.tmp" >/dev/null ||
		die "dpkg-source could not unpack $dsc"
	;;
tarball)
	[ $# -ge 2 ] || die "usage: unpack.sh tarball FILE DEST [PATCHDIR]"
	tarball=$1 dest=$2 patches=${3:-}
	[ -f "$tarball" ] || die "$tarball is missing (run 'make deps')"
	version=$(dpkg-query -S "$tarball" 2>/dev/null | cut -d: -f1 |
		xargs -r dpkg-query -W -f='${Version}' 2>/dev/null || true)
	rm -rf "$dest.tmp"
	mkdir -p "$dest.tmp"
	tar -xf "$tarball" -C "$dest.tmp" --strip-components=1 ||
		die "could not unpack $tarball"
	;;
*)
	die "unknown mode '$mode'"
	;;
esac

if [ -n "$patches" ]; then
	for p in "$patches"/*.patch; do
		[ -e "$p" ] || continue
		patch -d "$dest.tmp" -p1 --batch --forward --quiet <"$p" >&2 ||
			die "$(basename "$p") does not apply to $(basename "$dest")"
	done
fi

rm -rf "$dest"
mv "$dest.tmp" "$dest"
echo "$version"
