#!/usr/bin/env bash
# Runs the README's plain-PHP quick start as written: takes the first ```php
# block under "## Plain PHP quick start" in README.md and the indented block
# after the "It prints" line below it, runs the code as work.php (in a temp
# dir) with the php command line of the suite (QWORKER_TEST_PHP_ARGS) and
# REDIS_PORT set to the suite's redis-server (QWORKER_TEST_REDIS_PORT), and
# checks that it exits 0 and prints exactly what the README says it prints.
# The example's keys (prefix laravel_database_, queue emails) are deleted
# before and after. Run by scripts/test.sh, which exports both variables.
# Prints "check-readme: ok" and exits 0, or says what differs and exits 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
readme=README.md
work=$(mktemp -d "${TMPDIR:-/tmp}/qworker-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
	echo "check-readme: $*" >&2
	exit 1
}

[ -n "${QWORKER_TEST_REDIS_PORT:-}" ] || fail "QWORKER_TEST_REDIS_PORT is not set: run through scripts/test.sh"
[ -n "${QWORKER_TEST_PHP_ARGS:-}" ] || fail "QWORKER_TEST_PHP_ARGS is not set: run through scripts/test.sh"
[ -f "$readme" ] || fail "$readme not found"

# The section: from its heading to the next "## " heading.
awk '/^## /{on = ($0 == "## Plain PHP quick start")} on' "$readme" >"$work/section.md"
[ -s "$work/section.md" ] || fail "$readme has no \"## Plain PHP quick start\" section"
awk '/^```php$/{n++; on = (n == 1); next} /^```$/{on = 0} on' "$work/section.md" >"$work/work.php"
[ -s "$work/work.php" ] || fail "the plain PHP quick start of $readme has no \`\`\`php block"
# The 4-space indented block after "It prints", indent removed.
awk '/^It prints/{on = 1; next} on && /^    /{print substr($0, 5); seen = 1; next} on && seen && !/^$/{exit}' \
	"$work/section.md" >"$work/expected"
[ -s "$work/expected" ] || fail "the plain PHP quick start of $readme says not what it prints (an indented block after \"It prints\")"

mapfile -t php_args <<<"$QWORKER_TEST_PHP_ARGS"
redis() { redis-cli -h "${QWORKER_TEST_REDIS_HOST:-127.0.0.1}" -p "$QWORKER_TEST_REDIS_PORT" "$@"; }
clear_keys() {
	redis --scan --pattern 'laravel_database_queues:emails*' | while IFS= read -r key; do
		redis DEL "$key" >/dev/null
	done
}
clear_keys

status=0
(cd "$work" && REDIS_PORT=$QWORKER_TEST_REDIS_PORT timeout -k 5 60 php "${php_args[@]}" work.php) \
	>"$work/out" 2>&1 || status=$?
clear_keys
if [ "$status" -ne 0 ] || ! diff -u "$work/expected" "$work/out" >"$work/diff"; then
	echo "check-readme: the plain PHP quick start of $readme exited $status; its output (+) against what the README says (-):" >&2
	if [ -s "$work/diff" ]; then
		tail -n +3 "$work/diff" >&2
	else
		sed 's/^/ /' "$work/out" >&2
	fi
	exit 1
fi
echo "check-readme: ok"
