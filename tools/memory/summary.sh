# shellcheck shell=bash disable=SC2034 # sets variables for the scripts sourcing it
# tools/memory/summary.sh: reading scripts/test.sh's output, for the scripts that
# run it and add to its count (valgrind.sh, asan.sh). Source it from bash;
# it has no side effects.

# Reads the summary line scripts/test.sh ends its output with, the last line
# of file $1, into QW_PASSED, QW_FAILED and QW_SKIPPED; false without it.
qw_read_summary() {
	local line
	line=$(tail -n 1 "$1")
	[[ $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)?$ ]] || return 1
	QW_PASSED=${BASH_REMATCH[1]}
	QW_FAILED=${BASH_REMATCH[2]}
	QW_SKIPPED=${BASH_REMATCH[4]:-0}
}

# The tests a scripts/test.sh output file $1 says FAILED, one path per line.
qw_failed_tests() {
	sed -nE 's/^FAIL .*\[(tests\/[^]]*\.phpt)\] *$/\1/p' "$1"
}
