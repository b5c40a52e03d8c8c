#!/usr/bin/env bash
# Builds qworker against hiredis 1.x (Debian 12 ships 0.14) and runs the core
# phpt tests with that build. hiredis 1.x comes as source inside the npm
# package redis-fast-driver (deps/hiredis); it is built in a temp dir, nothing
# is installed. Run by scripts/test.sh, which exports QWORKER_TEST_REDIS_PORT.
# Prints "check-hiredis1: ok" and exits 0 on success.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
	echo "check-hiredis1: $*" >&2
	exit 1
}

command -v npm >/dev/null || fail "npm not found (apt-get install npm)"
(cd "$work" && npm pack --silent redis-fast-driver@2.2.6 >/dev/null 2>&1 && tar xzf redis-fast-driver-*.tgz) \
	|| fail "cannot fetch redis-fast-driver from the npm registry"
src=$work/package/deps/hiredis
grep -q '#define HIREDIS_MAJOR 1' "$src/hiredis.h" || fail "the bundled hiredis is not 1.x"
make -s -C "$src" -j2 USE_SSL=0 PREFIX="$work/hiredis" install >"$work/hiredis.log" 2>&1 \
	|| { cat "$work/hiredis.log" >&2; fail "hiredis 1.x did not build"; }

mkdir "$work/qworker"
git ls-files -z | xargs -0 cp --parents -t "$work/qworker"
cd "$work/qworker"
{
	phpize && ./configure --with-qworker="$work/hiredis" && make -j2 EXTRA_CFLAGS="-Werror"
} >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; fail "qworker did not build against hiredis 1.x"; }

so=$work/qworker/modules/qworker.so
export LD_LIBRARY_PATH=$work/hiredis/lib
# (outputs are captured first: grep -q closing a pipe early would fail the pipeline)
linked=$(ldd "$so")
[[ $linked == *"$work/hiredis/lib/libhiredis.so.1"* ]] || fail "qworker.so is not linked to the hiredis 1.x build"
info=$(php -n -d extension="$so" --ri qworker)
[[ $info == *"hiredis version => 1."* ]] || fail "phpinfo does not show hiredis 1.x"

[ -n "${QWORKER_TEST_REDIS_PORT:-}" ] || fail "QWORKER_TEST_REDIS_PORT is not set: run through scripts/test.sh"
# Every test that needs no Laravel (phpredis); daemon tests start workers as `php $QWORKER_TEST_PHP_ARGS`.
tests=$(cd "$root" && for t in tests/{core,job,queue,conn,daemon,hooks,restart,pause,signals,prefetch}/*.phpt; do
	if [[ -f $t ]]; then
		echo "$t"
	fi
done)
cp -r "$root/tests/." tests/
posix=$(php-config --extension-dir)/posix.so
[ -f "$posix" ] || posix=
QWORKER_TEST_PHP_ARGS=$(printf '%s\n' -n -d "extension=$so" ${posix:+-d "extension=$posix"})
export QWORKER_TEST_PHP_ARGS
# shellcheck disable=SC2086
NO_INTERACTION=1 REPORT_EXIT_STATUS=1 php -n run-tests.php -n -d extension="$so" ${posix:+-d extension="$posix"} -P -q -j2 --no-progress --no-color $tests >"$work/tests.log" 2>&1 \
	|| { grep -E '^(FAIL|BORK)' "$work/tests.log" >&2; fail "phpt tests failed against hiredis 1.x"; }
echo "check-hiredis1: ok ($(echo "$tests" | wc -w) phpt tests passed against hiredis $(grep -oP 'HIREDIS_(MAJOR|MINOR|PATCH) \K\d+' "$src/hiredis.h" | paste -sd.))"
