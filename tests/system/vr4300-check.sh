#!/bin/sh
# The VR4300 instruction check: first prove it catches what it must (a
# planted clz, a 3-operand mul, a movn), then run it over every MIPS ELF
# under out/ and the kernel.
set -u
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

plant() { # NAME ISA INSTRUCTION
	printf '\t.set %s\n\t.text\n\t.globl f\nf:\n\t%s\n\tjr $ra\n\tnop\n' "$2" "$3" >"$tmp/$1.s"
	mips-linux-gnu-as -mabi=32 -march=mips32r2 "$tmp/$1.s" -o "$tmp/$1.o"
}
plant clz mips32r2 'clz $2, $4'
plant mul mips32r2 'mul $2, $4, $5'
plant movn mips32r2 'movn $2, $4, $5'
plant clean mips3 'addu $2, $4, $5'

for insn in clz mul movn; do
	if tools/vr4300-check.sh "$tmp/$insn.o" | grep -q "$insn"; then
		ok "a planted $insn is caught"
	else
		bad "a planted $insn went unnoticed"
	fi
done
if tools/vr4300-check.sh "$tmp/clean.o" >/dev/null; then
	ok "MIPS III code passes"
else
	bad "MIPS III code was rejected"
fi

# Every target binary we build, then the kernel.
elfs=$(find "$OUT" -type f ! -path "$OUT/build/*" ! -path "$OUT/kernel/*" \
	-exec sh -c 'head -c 20 "$1" | od -An -tx1 | tr -d " \n" | grep -q "^7f454c46010201.*0008$"' _ {} \; -print)
# The libraries everything links: musl and our runtime.
elfs="$elfs $(find "$OUT/toolchain" -name '*.a')"
count=$(echo $elfs | wc -w)
if [ "$count" -ge 3 ] && tools/vr4300-check.sh $elfs; then
	ok "$count target binaries and libraries are VR4300-clean"
else
	bad "target binaries and libraries ($count found) hold instructions the VR4300 lacks"
fi
if tools/vr4300-check.sh --allow kernel-patches/vr4300-unreached.txt "$OUT/kernel/vmlinux"; then
	ok "the kernel is VR4300-clean"
else
	bad "the kernel holds instructions the VR4300 lacks"
fi
tally
