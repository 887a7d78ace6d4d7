#!/bin/sh
# The real-hardware boot chain on -M n64 with a strict PIF (pif=strict: a
# console's checks, docs/boot.md):
#   - lin64.z64 under CIC 6102: boots if its boot code is signed; if it is
#     not, the PIF must refuse it, as a console would (expected failure);
#   - lin64.z64 with the CIC check off (cic=none): our boot code sets up
#     RDRAM, ends the boot and sizes RAM, so Linux comes up after the menu
#     has waited past the 5-second watchdog, and -m 4M is found as 4 MiB;
#   - the same ROM behind a retail-style boot code (make IPL3=) that leaves
#     the boot-termination command to the program: the stage sends it;
#   - the checks themselves: a boot code that never ends the boot is
#     halted after 5 s, and RDRAM stays silent until the RI is set up.
set -u
. "$(dirname "$0")/lib.sh"
ROMS=$OUT/tests/roms/boot
MIN_AVAILABLE_KB=5120
WATCHDOG_NS=5000000000
mkdir -p "$OUT/tests"

strict() { # LOG ROM MACHINE-OPTIONS [n64qemu.py run arguments]
	log=$1 rom=$2 opts=$3
	shift 3
	tests/harness/n64qemu.py run "$rom" --qemu-arg=-machine \
		--qemu-arg="pif=strict,$opts" "$@" >"$log" 2>&1
}

log=$OUT/tests/boot-strict-qemu.6102.log
if out/host/ipl3sum "$OUT/lin64.z64" >/dev/null; then
	strict "$log" "$OUT/lin64.z64" cic=6102 --until '^lin64: ready ' --timeout 90
	if grep -q '^lin64: ready ' "$log"; then
		ok "the signed boot code boots Linux under a strict CIC-6102 PIF"
	else
		bad "the boot code is signed, but a strict CIC-6102 PIF does not boot it (see $log)"
	fi
else
	strict "$log" "$OUT/lin64.z64" cic=6102 --until '^bootmenu:' --timeout 20
	if grep -q "^qemu: .*n64-pif: the boot code's checksum 0x[0-9a-f]* is not CIC 6102" "$log" &&
		! grep -q '^bootmenu:' "$log"; then
		ok "expected failure: the boot code is unsigned, and a strict CIC-6102 PIF halts it"
	else
		bad "an unsigned boot code was not halted by a strict CIC-6102 PIF (see $log)"
	fi
fi

# B stops the countdown; the menu then waits 6 s (360 controller reads)
# before Start launches Linux, so the watchdog would have fired by then.
past_watchdog() { # NAME ROM WHAT
	log=$OUT/tests/boot-strict-qemu.$1.log
	strict "$log" "$2" cic=none --step 'wait=^bootmenu: ready' \
		--step press=c --step frames=360 --step press=ret \
		--until '^lin64: ready ' --timeout 90 --at '^lin64: ready '
	ready=$(grep -m1 '^lin64: ready ' "$log")
	kb=$(echo "$ready" | sed -n 's/.*mem_available_kb=\([0-9]*\).*/\1/p')
	at=$(sed -n 's/^n64qemu: at_ns=\([0-9]*\) .*/\1/p' "$log")
	if grep -q '^bootmenu: ready entries=[0-9]* mem_kb=8192$' "$log"; then
		ok "$3: the menu has 8 MiB"
	else
		bad "$3: no 'bootmenu: ready ... mem_kb=8192' (see $log)"
	fi
	if [ -n "$kb" ] && [ "$kb" -ge $MIN_AVAILABLE_KB ] &&
		! grep -q '^qemu: .*n64-pif' "$log"; then
		ok "$3: Linux is up: $ready"
	else
		bad "$3: no 'lin64: ready' with mem_available_kb >= $MIN_AVAILABLE_KB (see $log)"
	fi
	if [ -n "$at" ] && [ "$at" -gt $WATCHDOG_NS ]; then
		ok "$3: still running at $at ns, past the PIF's 5-second watchdog"
	else
		bad "$3: the ready line came at '${at:-none}' ns, before the watchdog could prove anything"
	fi
}
past_watchdog none "$OUT/lin64.z64" "strict boot, our boot code"
# A retail-style boot code leaves ending the boot to the program: the
# stage must do it, and start from 1 MiB loaded at its entry.
past_watchdog foreign "$ROMS/foreign-ipl3.z64" "strict boot, a foreign boot code"

log=$OUT/tests/boot-strict-qemu.4m.log
strict "$log" "$OUT/lin64.z64" cic=none --qemu-arg=-m --qemu-arg=4M \
	--until '^bootmenu: error ' --timeout 60
if grep -q '^bootmenu: ready entries=[0-9]* mem_kb=4096$' "$log" &&
	grep -q '^bootmenu: error needs-8mb ' "$log"; then
	ok "strict boot with 4 MiB: found 4 MiB, and the menu refuses Linux"
else
	bad "strict boot with 4 MiB: not sized as 4096 KiB or Linux not refused (see $log)"
fi

log=$OUT/tests/boot-strict-qemu.never-ends.log
strict "$log" "$ROMS/never-ends.z64" cic=none --until NEVER --timeout 30
if grep -q '^qemu: .*n64-pif: the boot code did not end the boot .* within 5 seconds' "$log"; then
	ok "a boot code that never ends the boot is halted by the watchdog"
else
	bad "a boot code that never ends the boot was not halted (see $log)"
fi

log=$OUT/tests/boot-strict-qemu.rdram-gate.log
strict "$log" "$ROMS/rdram-gate.z64" cic=none --until 'after the RI' --timeout 20
if grep -q '^rdram-gate: silent before the RI$' "$log" &&
	grep -q '^rdram-gate: answers after the RI$' "$log"; then
	ok "strict: RDRAM is silent until the RI is set up, then answers"
else
	bad "strict: RDRAM's gate on the RI is wrong (see $log)"
fi
log=$OUT/tests/boot-strict-qemu.rdram-hle.log
tests/harness/n64qemu.py run "$ROMS/rdram-gate.z64" --until 'after the RI' \
	--timeout 20 >"$log" 2>&1
if grep -q '^rdram-gate: answered before the RI$' "$log"; then
	ok "high-level boot: RDRAM answers at once (the same probe tells the two apart)"
else
	bad "high-level boot: RDRAM did not answer at once (see $log)"
fi
tally
