#!/bin/sh
# Run test programs and add up their tallies.
#
# Usage: tests/run-tests.sh PROGRAM...
#
# Every test prints "N passed, N failed" as its last tally line.  A test
# that exits non-zero without counting a failure counts as one failure,
# and so does one that prints no tally: a crash is never a pass.  Ends
# with the total tally line.
set -u
passed=0 failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for test in "$@"; do
	echo "=== $test"
	"$test" >"$log" 2>&1
	rc=$?
	cat "$log"
	tally=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	p=$(echo "$tally" | sed -n 's/^[^0-9]*\([0-9][0-9]*\) passed.*/\1/p')
	f=$(echo "$tally" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
	if [ -z "$tally" ] || { [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; }; then
		echo "=== $test: exit status $rc without a failed test in its tally"
		f=$((${f:-0} + 1))
	fi
	passed=$((passed + ${p:-0}))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
