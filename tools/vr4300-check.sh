#!/bin/sh
# Fail if a MIPS ELF holds an instruction the NEC VR4300 (MIPS III) lacks.
#
# Usage: tools/vr4300-check.sh [--allow FUNCTIONS_FILE] FILE...
#
# objdump disassembles with -m mips:isa64r2, the widest ISA it knows, so
# that MIPS32/64 instructions show under their names instead of hiding as
# .word.  What the VR4300 does not have:
#   - MIPS IV/V: conditional moves, prefetch, indexed FP loads/stores,
#     fused FP multiply-add, recip/rsqrt;
#   - MIPS32/64 r1: clz/clo, 3-operand mul, integer madd/msub, wait, sdbbp,
#     deret;
#   - MIPS32/64 r2: byte/half swaps and sign extensions, bit-field
#     ext/ins, rotates, di/ei, synci, hazard-barrier jumps, mfhc/mthc;
#   - the ASEs (DSP, MT, MSA, VZ, XPA) and TLB invalidation.
# ssnop, ehb and pause are encodings of sll $0 and run as nops.  rdhwr
# is forbidden too: Linux emulates it, but mupen64plus never raises the
# exception that emulation needs (musl is patched to do without it).
#
# --allow names a file of function names (one per line, # comments) whose
# findings are tolerated: code the kernel only reaches on other CPUs.
set -eu

allow=/dev/null
if [ "${1:-}" = --allow ]; then
	allow=$2
	shift 2
fi

OBJDUMP=${OBJDUMP:-mips-linux-gnu-objdump}

forbidden='^(movn|movz|movf|movt|movn\.[sd]|movz\.[sd]|movf\.[sd]|movt\.[sd]|pref|prefx|lwxc1|ldxc1|swxc1|sdxc1|luxc1|suxc1|n?madd\.[sd]|n?msub\.[sd]|recip\.[sd]|rsqrt\.[sd]|clz|clo|dclz|dclo|mul|madd|maddu|msub|msubu|wait|sdbbp|deret|wsbh|dsbh|dshd|seb|seh|ext|ins|dext[mu]?|dins[mu]?|rotr|rotrv|drotr|drotr32|drotrv|di|ei|rdpgpr|wrpgpr|synci|jr\.hb|jalr\.hb|mfhc[01]|mthc[01]|rddsp|wrdsp|mftc0|mttc0|mftr|mttr|fork|yield|dmt|emt|dvpe|evpe|[cd]?[ft]cmsa|mfgc0|mtgc0|dmfgc0|dmtgc0|hypcall|tlbg[a-z]*|tlbinvf?|eretnc|lsa|dlsa|rdhwr)$'

status=0
for file in "$@"; do
	case $(head -c 7 "$file" | tr -d '\0\177') in
	ELF*|'!<arch>') ;;	# objects, executables and archives of them
	*) continue ;;
	esac
	# Columns: address, raw word, mnemonic, operands.  Functions are kept
	# so a finding says where it is.
	found=$($OBJDUMP -d -m mips:isa64r2 "$file" | awk -v re="$forbidden" -v allow="$allow" '
		BEGIN {
			while ((getline line < allow) > 0) {
				sub(/#.*/, "", line)
				gsub(/[ \t]/, "", line)
				if (line != "")
					allowed["<" line ">:"] = 1
			}
		}
		/^[0-9a-f]+ <.*>:$/ { fn = $2 }
		fn in allowed { next }
		{
			n = split($0, col, "\t")
			if (n >= 3 && col[3] ~ re)
				printf "  %s %s %s\n", fn, col[1], col[3]
		}')
	if [ -n "$found" ]; then
		echo "vr4300-check: $file: instructions the VR4300 lacks:"
		echo "$found" | head -n 20
		status=1
	fi
done
exit $status
