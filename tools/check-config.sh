#!/bin/sh
# Check that every symbol a Kconfig fragment sets survived into .config.
# Kconfig silently drops a symbol whose dependencies are not met (N64CART
# without BLK_DEV, for one); this turns that into a build error.
#
# Usage: tools/check-config.sh FRAGMENT DOTCONFIG
set -eu
fragment=$1 config=$2
bad=0
while IFS= read -r line; do
	case $line in
	CONFIG_*=*)
		sym=${line%%=*}
		[ "${line#*=}" = n ] && want="# $sym is not set" || want=$line
		;;
	"# CONFIG_"*" is not set")
		sym=${line#\# }
		sym=${sym%% *}
		want=$line
		;;
	*)
		continue
		;;
	esac
	if ! grep -qxF "$want" "$config"; then
		got=$(grep -E "^(# )?$sym[= ]" "$config" || echo "absent")
		echo "config: $fragment wants '$want', Kconfig made it '$got'" >&2
		bad=1
	fi
done <"$fragment"
exit $bad
