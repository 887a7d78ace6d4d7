#!/bin/sh
# Install the Debian packages named on the command line that are missing,
# and enable deb-src for bookworm so that `apt-get source` works.
# With everything in place it only asks dpkg, which takes a fraction of a
# second, so every make run can call it.
#
# Usage: tools/deps.sh PACKAGE...
set -eu

src_list=/etc/apt/sources.list.d/lin64-src.sources
has_deb_src() {
	grep -rqs -e '^Types:.*deb-src' -e '^deb-src ' \
		/etc/apt/sources.list /etc/apt/sources.list.d/
}

# One dpkg-query for all packages; it names the missing ones on stderr.
missing=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null |
	awk '$2 == "ii" { ok[$1] = 1 } END { for (p in ok) print p }' |
	sort >"${TMPDIR:-/tmp}/lin64-deps.$$"
	for pkg in "$@"; do
		grep -qx "$pkg" "${TMPDIR:-/tmp}/lin64-deps.$$" || printf ' %s' "$pkg"
	done
	rm -f "${TMPDIR:-/tmp}/lin64-deps.$$")

if [ -z "$missing" ] && has_deb_src; then
	exit 0
fi

SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
lock="${TMPDIR:-/tmp}/apt.lock"
export DEBIAN_FRONTEND=noninteractive

if ! has_deb_src; then
	echo "deps: enabling deb-src for bookworm ($src_list)"
	printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
		'Suites: bookworm bookworm-updates' 'Components: main' \
		'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
		$SUDO tee "$src_list" >/dev/null
fi

echo "deps: installing$missing"
flock "$lock" $SUDO apt-get update -qq
# gcc-multilib would remove gcc-mips-linux-gnu: never let apt pull it in.
# shellcheck disable=SC2086
flock "$lock" $SUDO apt-get install -y -qq --no-install-recommends \
	$missing gcc-multilib- g++-multilib-
