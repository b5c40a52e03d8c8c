#!/usr/bin/env bash
# scripts/test.sh: installs, builds and runs the whole test suite in one go
# (Debian 12, as root; `bash .ci/run` calls it in CI).
#
#   1. apt-get installs what is missing of tools/lib.sh's QW_BUILD_PACKAGES and
#      QW_TEST_PACKAGES (QWORKER_SKIP_APT=1 skips it), and the packages a check
#      script names on a "# needs-apt: PKG..." line,
#   2. builds modules/qworker.so in the repo root (-Werror when QWORKER_WERROR=1,
#      the default when CI=true),
#   3. starts a redis-server on a free loopback port and exports
#      QWORKER_TEST_REDIS_HOST, QWORKER_TEST_REDIS_PORT, QWORKER_TEST_REDIS_SERVER,
#   4. composer-installs each Laravel N of the drop-in tests (tests/laravel/lN)
#      into .work/laravelN (when its tests are among those to run) and exports
#      QWORKER_TEST_LARAVELN, unless that is set already (an install the
#      caller made: tools/ci/matrix.sh for Laravel 13 in the chroot),
#   5. runs the phpt tests with run-tests.php (QWORKER_VALGRIND=1: under valgrind),
#   6. runs each executable tools/checks/check-*.sh as one more test,
#   7. runs the PHP matrix, tools/ci/matrix.sh: the core phpt tests (all but
#      tests/laravel/) again on PHP 8.4 and PHP 8.5 (a Debian unstable
#      chroot made by tools/ci/php-chroot.sh, with its Redis 8 and hiredis 1.x)
#      and on a ZTS PHP 8.2 (tools/ci/php-zts.sh), and the Laravel 13 drop-in
#      tests (tests/laravel/l13) on PHP 8.4; each of its tests counts in
#      the final line, named "<target>:tests/x.phpt" (a target that cannot be
#      set up counts its tests as failed). Its set-up (the chroot, the ZTS
#      build, Laravel 13: tools/ci/matrix.sh --setup) starts before step 2, in
#      the background at the lowest CPU priority, and is cached.
# TESTS="tests/a.phpt tests/dir tools/checks/check-x.sh" runs just those (phpt
# files, directories of them, check scripts). A directory, and a full run's
# tests/, stands for its phpt files but those in tests/laravel/lN/ folders:
# the drop-in tests of a framework this PHP 8.2 cannot run (tests/laravel/l13,
# Laravel 13 needs PHP 8.3+), which the matrix runs; naming such a folder (or
# a file in it) runs it here, where its tests skip.
# QWORKER_SKIP_BUILD=1 tests the modules/qworker.so already built.
#
# The matrix (step 7), by QWORKER_MATRIX:
#   unset  runs after the rest on a full run (no TESTS, as in CI), not when
#          TESTS is given;
#   0      never runs (the matrix's own inner runs are started so);
#   1      runs alone: steps 2-6 are skipped, TESTS (phpt only) picks the
#          tests it runs, QWORKER_MATRIX_TARGETS="php8.4 php8.5 zts" (the
#          default) the targets. E.g.
#          QWORKER_MATRIX=1 QWORKER_MATRIX_TARGETS=php8.5 TESTS=tests/ext_load.phpt
# Its targets' trees, the chroot and the ZTS build live under
# ${QWORKER_CACHE:-.work}; a cold CI run sets them up (tools/ci/matrix.sh).
# QWORKER_TEST_RESULTS=FILE copies run-tests.php's "STATUS<tab>test" lines to
# FILE (tools/ci/matrix.sh reads its inner runs' results so).
#
# Tests run with `php -n`, qworker.so and the system extensions listed in
# QWORKER_TEST_PHP_EXTS (the ones present are loaded, in that order).
# The last line printed is "N passed, N failed[, N skipped]". Exit status is 0
# only when something ran and nothing failed. Servers are stopped on any exit.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

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

# Counts one result, a run-tests.php -W status, of test $2.
count_result() {
	case $1 in
	PASSED) passed=$((passed + 1)) ;;
	WARNED) passed=$((passed + 1)); echo "warning: $2 passed with a warning" ;;
	SKIPPED | XFAILED | XLEAKED) skipped=$((skipped + 1)) ;;
	*) failed=$((failed + 1)) ;;
	esac
}

# The matrix: "after" the rest, "only" it, or "no".
case ${QWORKER_MATRIX:-} in
0) matrix=no ;;
1) matrix=only ;;
"") if [ -n "${TESTS:-}" ]; then matrix=no; else matrix=after; fi ;;
*)
	echo "QWORKER_MATRIX must be 0 or 1 (or unset)" >&2
	failed=1
	summary
	;;
esac

# The phpt files in directory $1, but those of a drop-in variant only the PHP
# matrix runs (tests/laravel/lN/, e.g. l13: Laravel 13 needs PHP 8.3+) unless
# $1 is such a folder or inside one.
phpt_files() {
	local dir=${1%/}
	dir=${dir#./}
	if [[ $dir == tests/laravel/l[0-9]* ]]; then
		find "$dir" -name '*.phpt' | sort
	else
		find "$dir" -name '*.phpt' ! -path 'tests/laravel/l[0-9]*/*' | sort
	fi
}

# What to run: phpt files (and those of dirs) go to run-tests.php, check scripts run alone.
phpt=() checks=()
if [ "$matrix" = only ]; then
	: # tools/ci/matrix.sh reads TESTS itself
elif [ -n "${TESTS:-}" ]; then
	read -r -a selected <<<"$TESTS"
	for t in "${selected[@]}"; do
		case ${t#./} in
		tools/checks/check-*.sh) checks+=("${t#./}") ;;
		*)
			if [ -d "$t" ]; then
				mapfile -t -O "${#phpt[@]}" phpt < <(phpt_files "$t")
			else
				phpt+=("$t")
			fi
			;;
		esac
	done
else
	mapfile -t phpt < <(phpt_files tests)
	for t in tools/checks/check-*.sh; do
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
if ! qw_install_deps "${QW_TEST_PACKAGES[@]}" "${extra_pkgs[@]}"; then
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
# Tests that start PHP in a child process (and check scripts that run PHP
# code with the extension) give it the same set-up.
QWORKER_TEST_PHP_ARGS=$(printf '%s\n' -n "${php_args[@]}")
export QWORKER_TEST_PHP_ARGS

run_phpt() {
	local results=$QW_TMP/results expected=${#phpt[@]} got=0 t status
	if [ -z "${QWORKER_TEST_REDIS_PORT:-}" ]; then
		failed=$((failed + expected))
		return
	fi

	local opts=(-n "${php_args[@]}" -P -q --show-diff -j2 "${valgrind[@]}" -W "$results")
	[ -t 1 ] || opts+=(--no-progress --no-color)
	if [ ${#phpt[@]} -le 10 ]; then
		qw_log "run-tests.php ${phpt[*]}"
	else
		qw_log "run-tests.php: ${#phpt[@]} tests"
	fi
	: >"$results"
	TEST_PHP_SRCDIR=$QW_ROOT NO_INTERACTION=1 \
		qw_bg php -n run-tests.php "${opts[@]}" "${phpt[@]}" || true

	# -W wrote one "RESULT<tab>file" line per test that ran.
	while IFS=$'\t' read -r status t; do
		got=$((got + 1))
		count_result "$status" "$t"
	done <"$results"
	if [ -n "${QWORKER_TEST_RESULTS:-}" ]; then
		cp "$results" "$QWORKER_TEST_RESULTS" || echo "cannot write QWORKER_TEST_RESULTS=$QWORKER_TEST_RESULTS" >&2
	fi
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

# The matrix's set-up (tools/ci/matrix.sh --setup: the chroot, the ZTS PHP
# build, Laravel 13) when it is to run after the rest: started here, in the
# background at the lowest CPU priority, so that it is mostly done by the time
# the matrix runs (it is cached: the matrix then finds it ready). What it says
# is shown only when it fails; the matrix then tries again and reports.
matrix_setup_pid=
start_matrix_setup() {
	qw_log "tools/ci/matrix.sh --setup, in the background"
	setsid nice -n 19 bash tools/ci/matrix.sh --setup >"$QW_TMP/matrix-setup.log" 2>&1 </dev/null &
	matrix_setup_pid=$!
	QW_GROUPS+=("$matrix_setup_pid")
}

# Step 7: every "STATUS<tab>target:test" line tools/ci/matrix.sh reports counts.
run_matrix() {
	local results=$QW_TMP/matrix-results status t
	: >"$results"
	if [ -n "$matrix_setup_pid" ]; then
		if ! wait "$matrix_setup_pid"; then
			echo "the matrix's set-up in the background failed:"
			tail -n 30 "$QW_TMP/matrix-setup.log"
		fi
		qw_kill_group "$matrix_setup_pid"
	fi
	qw_log "tools/ci/matrix.sh ${QWORKER_MATRIX_TARGETS:-php8.4 php8.5 zts}"
	QWORKER_MATRIX_RESULTS=$results qw_bg bash tools/ci/matrix.sh || true
	while IFS=$'\t' read -r status t; do
		count_result "$status" "$t"
	done <"$results"
	if [ ! -s "$results" ]; then
		echo "FAIL tools/ci/matrix.sh reported no result"
		failed=$((failed + 1))
	fi
}

if [ "$matrix" = only ]; then
	run_matrix
	summary
fi

if [ "$matrix" = after ]; then
	start_matrix_setup
fi
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
# The Composer Laravel variants (tests/laravel/lN) of the drop-in tests need
# their framework; without it their tests fail, not skip. One the caller
# installed already (QWORKER_TEST_LARAVELN set: tools/ci/matrix.sh does so for
# the chroot, which has no Composer) is used as it is.
for src in tests/laravel/l[0-9]*/; do
	n=${src%/}
	n=${n##*/l}
	for t in "${phpt[@]}"; do
		if [[ $t == *_l$n.phpt ]]; then
			v=QWORKER_TEST_LARAVEL$n
			if [ -n "${!v:-}" ]; then
				break
			fi
			export "$v=$QW_ROOT/.work/laravel$n"
			if ! qw_install_laravel "$n"; then
				echo "FAIL composer install of Laravel $n: its drop-in tests will fail" >&2
			fi
			break
		fi
	done
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
if [ "$matrix" = after ]; then
	run_matrix
fi
summary
