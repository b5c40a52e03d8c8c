#!/usr/bin/env bash
# tools/ci/matrix.sh: runs the core phpt suite (every tests/**/*.phpt but
# the Laravel ones) on the PHP builds beside Debian 12's PHP 8.2 (which
# scripts/test.sh itself tests):
#
#   php8.4  Debian unstable's PHP 8.4, in the chroot of tools/ci/php-chroot.sh,
#           with that chroot's Redis and hiredis (Redis 8, hiredis 1.x); and
#           the Laravel 13 drop-in tests (tests/laravel/l13/, Laravel 13 needs
#           PHP 8.3+), which nothing else runs,
#   php8.5  Debian experimental's PHP 8.5, in the same chroot,
#   zts     a ZTS PHP 8.2 from Debian's source, from tools/ci/php-zts.sh, on
#           the host (its Redis and hiredis).
#
# Each target gets a copy of the source tree (the files git knows, as they
# are in the working tree, plus untracked files not ignored) in
# ${QWORKER_CACHE:-<repo>/.work}/matrix/<target>, made anew each run (but its
# .work/laravelN, kept while its composer.json is unchanged), where
#   QWORKER_SKIP_APT=1 QWORKER_MATRIX=0 TESTS="<its tests>" bash scripts/test.sh
# runs with the target's php, phpize and php-config first on PATH. It builds
# qworker and starts its own redis-server there. For the drop-in tests of a
# target, Laravel N is composer-installed on the host, into the copy's
# .work/laravelN (qw_install_laravel: the chroot has no Composer and no
# network set-up), and QWORKER_TEST_LARAVELN names it; that target's tests load
# every extension scripts/test.sh knows (the app needs pdo_sqlite, mbstring
# ...), the others' only igbinary, posix and redis.
#
#   bash tools/ci/matrix.sh [TARGET...]   the targets named, else all three.
#   bash tools/ci/matrix.sh --setup [TARGET...]
#                                        only sets up what those targets need
#                                        (the chroot, the ZTS build, php8.4's
#                                        tree and Laravel 13), runs no test and
#                                        reports nothing; exit status 0 when all
#                                        is ready. scripts/test.sh runs it in the
#                                        background during the main run.
#   QWORKER_MATRIX_TARGETS="php8.4 zts"  the same, read when no TARGET is given.
#   TESTS="tests/a.phpt ..."             runs these instead of the core suite
#                                        (Laravel tests are left out, but a
#                                        target's drop-in tests); a target
#                                        left with no test is not run.
#   QWORKER_MATRIX_RESULTS=FILE          appends one "STATUS<tab>target:test"
#                                        line per test to FILE, STATUS as
#                                        run-tests.php -W writes it (PASSED,
#                                        FAILED, SKIPPED, ...): scripts/test.sh
#                                        counts them in its final line.
#   QWORKER_MATRIX_SERIAL=1              runs the targets one after the other
#                                        (by default zts runs beside php8.4
#                                        and php8.5, which run in turn; the
#                                        output is printed once all end).
#   QWORKER_MATRIX_TIMEOUT=SECONDS       bound on one target's test run
#                                        (default 900; ~2 min is usual); its
#                                        set-up (chroot, ZTS build) has 2400.
#
# Output: every line of a target's run prefixed "<target>: ". A test that
# did not report a result, and every test of a target whose set-up failed
# (chroot, ZTS build, copy), counts as FAILED, never as skipped. Ends with
# "N passed, N failed[, N skipped]"; exit status 0 only when nothing failed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
cache=${QWORKER_CACHE:-$repo/.work}
work=$(mktemp -d "${TMPDIR:-/tmp}/qworker-matrix.XXXXXX")
trap 'rm -rf "$work"' EXIT

setup_only=0
if [ "${1:-}" = --setup ]; then
	setup_only=1
	shift
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	read -r -a targets <<<"${QWORKER_MATRIX_TARGETS:-php8.4 php8.5 zts}"
fi

# The core tests: TESTS (phpt files or dirs of them) or tests/, less the Laravel
# ones (tests/laravel/).
tests=()
read -r -a sel <<<"${TESTS:-tests}"
for t in "${sel[@]}"; do
	t=${t#./}
	if [ -d "$t" ]; then
		mapfile -t -O "${#tests[@]}" tests < <(find "$t" -name '*.phpt' | sort)
	elif [[ $t == *.phpt ]]; then
		tests+=("$t")
	fi
done
core=()
declare -A laravel_tests=() # N => the tests in tests/laravel/lN/, a line each
for t in "${tests[@]}"; do
	if [[ $t =~ ^tests/laravel/l([0-9]+)/ ]]; then
		laravel_tests[${BASH_REMATCH[1]}]+="$t"$'\n'
	elif [[ $t != tests/laravel/* ]]; then
		core+=("$t")
	fi
done

# The Laravel whose drop-in tests (tests/laravel/lN/) a target runs beside the core ones.
declare -A dropin=([php8.4]=13)

# True when target $1 runs drop-in tests (some of its Laravel's are selected).
has_dropin() {
	local n=${dropin[$1]:-}
	[ -n "$n" ] && [ -n "${laravel_tests[$n]:-}" ]
}

# Prints the tests of target $1, one a line.
target_tests() {
	local n=${dropin[$1]:-}
	if [ ${#core[@]} -gt 0 ]; then
		printf '%s\n' "${core[@]}"
	fi
	if [ -n "$n" ]; then
		printf '%s' "${laravel_tests[$n]:-}"
	fi
}

results=$work/results
: >"$results"

# Records STATUS for every test of target $1 (a set-up that failed).
all_tests() {
	local t
	while IFS= read -r t; do
		[ -n "$t" ] && printf '%s\t%s:%s\n' "$2" "$1" "$t" >>"$results"
	done < <(target_tests "$1")
}

# Copies the source tree into $1, which is emptied first but for the
# Composer Laravels in its .work/laravelN.
copy_tree() {
	local dst=$1
	if [ -d "$dst" ]; then
		find "$dst" -mindepth 1 -maxdepth 1 ! -name .work -exec rm -rf {} +
		find "$dst/.work" -mindepth 1 -maxdepth 1 ! -name 'laravel[0-9]*' -exec rm -rf {} + 2>/dev/null || true
	fi
	mkdir -p "$dst"
	(cd "$repo" && git ls-files -z --cached --others --exclude-standard \
		| while IFS= read -r -d '' f; do
			if [ -e "$f" ]; then # not a file deleted in the working tree
				printf '%s\0' "$f"
			fi
		done | xargs -0 -r cp --parents -t "$dst")
}

# Composer-installs, on the host, the Laravel of target $1's drop-in tests
# into its tree $2 (.work/laravelN) and prints the env setting naming it;
# prints nothing for a target without drop-in tests.
install_dropin() {
	local n=${dropin[$1]:-}
	if ! has_dropin "$1"; then
		return 0
	fi
	echo "== $1: Laravel $n for its drop-in tests (qw_install_laravel, on the host)" >&2
	# shellcheck disable=SC2016 # the inner shell expands it
	(cd "$2" && bash -c '. tools/lib.sh && qw_install_laravel "$1"' install "$n") >&2 || return 1
	echo "QWORKER_TEST_LARAVEL$n=$2/.work/laravel$n"
}

# Runs the inner scripts/test.sh of target $1 in $2 with CMD... as the
# command prefix that gives it the target's PHP, prefixing its output.
run_target() {
	local name=$1 dir=$2 rc=0 status t tests laravel exts=(QWORKER_TEST_PHP_EXTS="igbinary posix redis")
	shift 2
	mkdir -p "$dir/.work"
	mapfile -t tests < <(target_tests "$name")
	if ! laravel=$(install_dropin "$name" "$dir"); then
		echo "$name: FAIL composer install of Laravel ${dropin[$name]}: its drop-in tests will fail"
	fi
	if has_dropin "$name"; then
		exts=(-u QWORKER_TEST_PHP_EXTS) # scripts/test.sh's whole list, for the app
	fi
	"$@" env "${exts[@]}" QWORKER_SKIP_APT=1 QWORKER_MATRIX=0 QWORKER_TEST_RESULTS="$dir/.work/results" \
		${laravel:+"$laravel"} TESTS="${tests[*]}" \
		timeout -k 30 "${QWORKER_MATRIX_TIMEOUT:-900}" bash scripts/test.sh 2>&1 \
		| sed -u "s/^/$name: /" || rc=$?
	# run-tests.php -W: "STATUS<tab>path"; a test it left out counts as failed.
	declare -A seen=()
	if [ -f "$dir/.work/results" ]; then
		while IFS=$'\t' read -r status t; do
			t=tests/${t##*/tests/}
			seen[$t]=1
			printf '%s\t%s:%s\n' "$status" "$name" "$t" >>"$results"
		done <"$dir/.work/results"
	fi
	for t in "${tests[@]}"; do
		if [ -z "${seen[$t]:-}" ]; then
			echo "$name: no result for $t: counts as failed"
			printf 'FAILED\t%s:%s\n' "$name" "$t" >>"$results"
		fi
	done
	return "$rc"
}

# A target in the chroot: PHP $2 (8.4, 8.5) as php, phpize, php-config.
chroot_target() {
	local name=$1 ver=$2 dir=$cache/matrix/$1 root
	echo "== $name: chroot (tools/ci/php-chroot.sh setup)"
	if ! root=$(timeout -k 30 2400 bash tools/ci/php-chroot.sh setup 2>"$work/chroot-$name.log" | tail -n 1) || [ ! -d "$root" ]; then
		sed "s/^/$name: /" "$work/chroot-$name.log"
		echo "$name: FAIL the chroot could not be set up"
		all_tests "$name" FAILED
		return
	fi
	if [ ! -x "$root/usr/bin/php$ver" ] || [ ! -x "$root/usr/bin/phpize$ver" ]; then
		echo "$name: FAIL php$ver is not installed in the chroot"
		all_tests "$name" FAILED
		return
	fi
	copy_tree "$dir" || { echo "$name: FAIL cannot copy the source tree"; all_tests "$name" FAILED; return; }
	mkdir -p "$dir/.work/bin"
	ln -s "/usr/bin/php$ver" "$dir/.work/bin/php"
	ln -s "/usr/bin/phpize$ver" "$dir/.work/bin/phpize"
	ln -s "/usr/bin/php-config$ver" "$dir/.work/bin/php-config"
	echo "== $name: $(bash tools/ci/php-chroot.sh run "$dir" "php$ver" -n -r 'echo "PHP ", PHP_VERSION, ", ";'; \
		bash tools/ci/php-chroot.sh run "$dir" redis-server --version | cut -d' ' -f1-3)"
	run_target "$name" "$dir" bash tools/ci/php-chroot.sh run "$dir" \
		env PATH="$dir/.work/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" || true
}

# The ZTS PHP 8.2 of tools/ci/php-zts.sh, on the host.
zts_target() {
	local name=zts dir=$cache/matrix/zts prefix
	if [ ! -f tools/ci/php-zts.sh ]; then
		echo "$name: FAIL tools/ci/php-zts.sh missing"
		printf 'FAILED\t%s:%s\n' "$name" "tools/ci/php-zts.sh missing" >>"$results"
		return
	fi
	echo "== $name: tools/ci/php-zts.sh"
	# Its last line of output is the prefix; what it says is shown if it fails.
	if ! timeout -k 30 2400 bash tools/ci/php-zts.sh >"$work/zts.out" 2>"$work/zts.log" \
		|| ! prefix=$(tail -n 1 "$work/zts.out") \
		|| [ ! -x "$prefix/bin/php" ] || [ ! -x "$prefix/bin/phpize" ]; then
		cat "$work/zts.out" "$work/zts.log" | tail -n 30 | sed "s/^/$name: /"
		echo "$name: FAIL tools/ci/php-zts.sh built no ZTS PHP"
		all_tests "$name" FAILED
		return
	fi
	copy_tree "$dir" || { echo "$name: FAIL cannot copy the source tree"; all_tests "$name" FAILED; return; }
	echo "== $name: $("$prefix/bin/php" -n -r 'echo "PHP ", PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", ", ";')$(redis-server --version | cut -d' ' -f1-3)"
	(cd "$dir" && run_target "$name" "$dir" env PATH="$prefix/bin:$PATH") || true
}

# --setup: the chroot (and php8.4's tree and Laravel 13) beside the ZTS
# build, which is the longer; both are cached, so the run after finds them.
if [ "$setup_only" = 1 ]; then
	chroot=0 zts=0 pids=()
	for target in "${targets[@]}"; do
		case $target in
		php8.4 | php8.5) chroot=1 ;;
		zts) zts=1 ;;
		esac
	done
	if [ "$zts" = 1 ]; then
		bash tools/ci/php-zts.sh >/dev/null &
		pids+=($!)
	fi
	if [ "$chroot" = 1 ]; then
		(
			bash tools/ci/php-chroot.sh setup >/dev/null
			for target in "${targets[@]}"; do
				if has_dropin "$target"; then
					copy_tree "$cache/matrix/$target"
					install_dropin "$target" "$cache/matrix/$target" >/dev/null
				fi
			done
		) &
		pids+=($!)
	fi
	rc=0
	for pid in "${pids[@]}"; do
		wait "$pid" || rc=1
	done
	exit "$rc"
fi

# Runs target $1 (set-up and tests), then says how long it took.
run_one() {
	local target=$1 t0=$SECONDS
	if [ -z "$(target_tests "$target" | tr -d '\n')" ]; then
		echo "== $target: no test selected, not run"
		return
	fi
	case $target in
	php8.4 | php8.5) chroot_target "$target" "${target#php}" ;;
	zts) zts_target ;;
	*)
		echo "unknown matrix target: $target (php8.4, php8.5, zts)"
		printf 'FAILED\t%s:unknown target\n' "$target" >>"$results"
		;;
	esac
	echo "== $target: $((SECONDS - t0)) s"
}

# Two lanes run at once: the chroot's targets one after the other, and the
# ZTS one (on the host) beside them. The suites mostly wait (on timeouts,
# sleeps, workers; each keeps about an eighth of one core busy), so the ZTS
# run costs no time; all three at once was faster still, but then the fault
# tests' timings slipped (they passed on run-tests.php's retry). Each target's
# output is kept apart and printed whole, in the targets' order, once all
# have ended. QWORKER_MATRIX_SERIAL=1 runs them one after the other instead.
start=$SECONDS
if [ "${QWORKER_MATRIX_SERIAL:-}" = 1 ]; then
	for target in "${targets[@]}"; do
		run_one "$target"
	done
else
	chroot_lane=() host_lane=()
	for i in "${!targets[@]}"; do
		case ${targets[$i]} in
		php8.4 | php8.5) chroot_lane+=("$i") ;;
		*) host_lane+=("$i") ;;
		esac
	done
	for lane in chroot_lane host_lane; do
		declare -n ids=$lane
		(
			for i in "${ids[@]}"; do
				run_one "${targets[$i]}" >"$work/target-$i.log" 2>&1
			done
		) &
		unset -n ids
	done
	wait
	for i in "${!targets[@]}"; do
		cat "$work/target-$i.log"
	done
fi
echo "== matrix: $((SECONDS - start)) s"

if [ -n "${QWORKER_MATRIX_RESULTS:-}" ]; then
	cat "$results" >>"$QWORKER_MATRIX_RESULTS"
fi
passed=$(grep -c -E '^(PASSED|WARNED)	' "$results" || true)
skipped=$(grep -c -E '^(SKIPPED|XFAILED|XLEAKED)	' "$results" || true)
failed=$(($(wc -l <"$results") - passed - skipped))
# Under scripts/test.sh, whose own last line counts these results, this one is named.
line="${QWORKER_MATRIX_RESULTS:+matrix: }$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line+=", $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
