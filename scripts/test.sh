#!/usr/bin/env bash
# scripts/test.sh: installs, builds and runs the whole test suite in one go
# (Debian 12, as root; `bash .ci/run` calls it in CI).
#
#   1. apt-get installs what is missing (QWORKER_SKIP_APT=1 skips it), including
#      packages a check script names on a "# needs-apt: PKG..." line,
#   2. builds modules/qworker.so in the repo root (-Werror when QWORKER_WERROR=1,
#      the default when CI=true),
#   3. starts a redis-server on a free loopback port and exports
#      QWORKER_TEST_REDIS_HOST, QWORKER_TEST_REDIS_PORT, QWORKER_TEST_REDIS_SERVER,
#   4. composer-installs Laravel 12 for the drop-in tests into .work/laravel12
#      (when they are among the tests to run) and exports QWORKER_TEST_LARAVEL12,
#   5. runs the phpt tests with run-tests.php (QWORKER_VALGRIND=1: under valgrind),
#   6. runs each executable scripts/check-*.sh as one more test.
# TESTS="tests/a.phpt tests/dir scripts/check-x.sh" runs just those (phpt files,
# directories of them, check scripts). QWORKER_SKIP_BUILD=1 tests the
# modules/qworker.so already built.
#
# Tests run with `php -n`, qworker.so and the system extensions listed in
# QWORKER_TEST_PHP_EXTS (the ones present are loaded, in that order).
# The last line printed is "N passed, N failed[, N skipped]". Exit status is 0
# only when something ran and nothing failed. Servers are stopped on any exit.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

passed=0 failed=0 skipped=0
summary() {
	local line="$passed passed, $failed failed"
	if [ "$skipped" -gt 0 ]; then
		line+=", $skipped skipped"
	fi
	echo "$line"
	if [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
		exit 1
	fi
	exit 0
}

# What to run: phpt files and dirs go to run-tests.php, check scripts run alone.
phpt=() checks=()
if [ -n "${TESTS:-}" ]; then
	read -r -a selected <<<"$TESTS"
	for t in "${selected[@]}"; do
		case ${t#./} in
		scripts/check-*.sh) checks+=("${t#./}") ;;
		*) phpt+=("$t") ;;
		esac
	done
else
	phpt=(tests)
	for t in scripts/check-*.sh; do
		[ -e "$t" ] && checks+=("$t")
	done
fi

valgrind=() extra_pkgs=()
if [ "${QWORKER_VALGRIND:-}" = 1 ]; then
	valgrind=(-m -d pcre.jit=0) # PCRE's JIT code trips valgrind
	extra_pkgs+=(valgrind)
	export USE_ZEND_ALLOC=0
fi
for t in "${checks[@]}"; do
	read -r -a pkgs <<<"$(sed -n 's/^# needs-apt://p' "$t" 2>/dev/null | tr '\n' ' ')"
	extra_pkgs+=("${pkgs[@]}")
done
if ! qw_install_deps "${extra_pkgs[@]}"; then
	echo "FAIL apt-get install"
	failed=1
	summary
fi

# `-n` reads no ini: load what Debian's php-cli loads from conf.d, in its
# order. igbinary must come before redis (redis.so needs igbinary's symbols).
exts=${QWORKER_TEST_PHP_EXTS-pdo xml ctype dom igbinary intl mbstring pdo_sqlite posix simplexml sqlite3 tokenizer xmlreader xmlwriter redis}
ext_dir=$(php-config --extension-dir)
php_args=(-d "extension=$QW_EXT")
for e in $exts; do
	if [ -f "$ext_dir/$e.so" ]; then
		php_args+=(-d "extension=$ext_dir/$e.so")
	else
		echo "note: $ext_dir/$e.so not found, not loaded"
	fi
done

run_phpt() {
	local results=$QW_TMP/results expected=0 got=0 t status
	for t in "${phpt[@]}"; do
		if [ -d "$t" ]; then
			expected=$((expected + $(find "$t" -name '*.phpt' | wc -l)))
		else
			expected=$((expected + 1))
		fi
	done
	if [ -z "${QWORKER_TEST_REDIS_PORT:-}" ]; then
		failed=$((failed + expected))
		return
	fi

	# Tests that start a worker in a child process give it the same PHP setup.
	QWORKER_TEST_PHP_ARGS=$(printf '%s\n' -n "${php_args[@]}")
	export QWORKER_TEST_PHP_ARGS
	local opts=(-n "${php_args[@]}" -P -q --show-diff -j2 "${valgrind[@]}" -W "$results")
	[ -t 1 ] || opts+=(--no-progress --no-color)
	qw_log "run-tests.php ${phpt[*]}"
	: >"$results"
	TEST_PHP_SRCDIR=$QW_ROOT NO_INTERACTION=1 \
		qw_bg php -n run-tests.php "${opts[@]}" "${phpt[@]}" || true

	# -W wrote one "RESULT<tab>file" line per test that ran.
	while IFS=$'\t' read -r status t; do
		got=$((got + 1))
		case $status in
		PASSED) passed=$((passed + 1)) ;;
		WARNED) passed=$((passed + 1)); echo "warning: $t passed with a warning" ;;
		SKIPPED | XFAILED | XLEAKED) skipped=$((skipped + 1)) ;;
		*) failed=$((failed + 1)) ;;
		esac
	done <"$results"
	if [ "$got" -lt "$expected" ]; then
		echo "run-tests.php reported $got of $expected tests: the rest count as failed" >&2
		failed=$((failed + expected - got))
	fi
}

run_checks() {
	local check
	for check in "${checks[@]}"; do
		if [ ! -x "$check" ]; then
			echo "SKIP $check: not executable"
			skipped=$((skipped + 1))
			continue
		fi
		qw_log "$check"
		if qw_bg timeout -k 10 "${QWORKER_CHECK_TIMEOUT:-900}" "./$check"; then
			echo "PASS $check"
			passed=$((passed + 1))
		else
			echo "FAIL $check"
			failed=$((failed + 1))
		fi
	done
}

build_ok=1
if [ "${QWORKER_SKIP_BUILD:-}" = 1 ] && [ -f "$QW_EXT" ]; then
	qw_log "QWORKER_SKIP_BUILD=1: testing the $QW_EXT already built"
else
	qw_build || build_ok=0
fi
if qw_start_redis; then
	export QWORKER_TEST_REDIS_HOST=127.0.0.1
	export QWORKER_TEST_REDIS_PORT=$QW_REDIS_PORT
	QWORKER_TEST_REDIS_SERVER=$(command -v redis-server)
	export QWORKER_TEST_REDIS_SERVER
	qw_log "redis-server on 127.0.0.1:$QW_REDIS_PORT"
else
	echo "FAIL could not start redis-server" >&2
fi
# The Laravel 12 drop-in tests need their framework; without it they fail, not skip.
for t in "${phpt[@]}"; do
	if [ -d "$t" ] || [[ $t == *_l12.phpt ]]; then
		export QWORKER_TEST_LARAVEL12=$QW_ROOT/.work/laravel12
		if ! qw_install_laravel12; then
			echo "FAIL composer install of Laravel 12: its drop-in tests will fail" >&2
		fi
		break
	fi
done
if [ "$build_ok" = 1 ]; then
	if [ ${#phpt[@]} -gt 0 ]; then
		run_phpt
	fi
else
	echo "FAIL build"
	failed=$((failed + 1))
fi
run_checks
summary
