# Sourced by the system tests: runs them from the top of the tree and keeps
# the tally every Lin64 test prints last ("N passed, N failed").
cd "$(dirname "$0")/../.." || exit 1
OUT=${OUT:-out}
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
tally() { echo "$passed passed, $failed failed"; }
