#!/usr/bin/env bash
# tools/ci/matrix.sh: runs the core phpt suite (every tests/**/*.phpt but
# the Laravel ones) on the PHP builds beside Debian 12's PHP 8.2 (which
# scripts/test.sh itself tests):
#
#   php8.4  Debian unstable's PHP 8.4, in the chroot of tools/ci/php-chroot.sh,
#           with that chroot's Redis and hiredis (Redis 8, hiredis 1.x),
#   php8.5  Debian experimental's PHP 8.5, in the same chroot,
#   zts     a ZTS PHP 8.2 from Debian's source, from tools/ci/php-zts.sh, on
#           the host (its Redis and hiredis).
#
# Each target gets a copy of the source tree (the files git knows, as they
# are in the working tree, plus untracked files not ignored) in
# ${QWORKER_CACHE:-<repo>/.work}/matrix/<target>, made anew each run, where
#   QWORKER_SKIP_APT=1 QWORKER_MATRIX=0 TESTS="<core tests>" bash scripts/test.sh
# runs with the target's php, phpize and php-config first on PATH. It builds
# qworker and starts its own redis-server there.
#
#   bash tools/ci/matrix.sh [TARGET...]   the targets named, else all three.
#   QWORKER_MATRIX_TARGETS="php8.4 zts"  the same, read when no TARGET is given.
#   TESTS="tests/a.phpt ..."             runs these instead of the core suite
#                                        (Laravel tests are left out).
#   QWORKER_MATRIX_RESULTS=FILE          appends one "STATUS<tab>target:test"
#                                        line per test to FILE, STATUS as
#                                        run-tests.php -W writes it (PASSED,
#                                        FAILED, SKIPPED, ...): scripts/test.sh
#                                        counts them in its final line.
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
for t in "${tests[@]}"; do
	[[ $t == tests/laravel/* ]] || core+=("$t")
done

results=$work/results
: >"$results"

# Records STATUS for every core test of target $1 (a set-up that failed).
all_tests() {
	local t
	for t in "${core[@]}"; do
		printf '%s\t%s:%s\n' "$2" "$1" "$t" >>"$results"
	done
}

# Copies the source tree into $1, which is emptied first.
copy_tree() {
	local dst=$1
	rm -rf "$dst"
	mkdir -p "$dst"
	(cd "$repo" && git ls-files -z --cached --others --exclude-standard \
		| while IFS= read -r -d '' f; do
			if [ -e "$f" ]; then # not a file deleted in the working tree
				printf '%s\0' "$f"
			fi
		done | xargs -0 -r cp --parents -t "$dst")
}

# Runs the inner scripts/test.sh of target $1 in $2 with CMD... as the
# command prefix that gives it the target's PHP, prefixing its output.
run_target() {
	local name=$1 dir=$2 rc=0 status t
	shift 2
	mkdir -p "$dir/.work"
	"$@" env QWORKER_SKIP_APT=1 QWORKER_MATRIX=0 QWORKER_TEST_RESULTS="$dir/.work/results" \
		QWORKER_TEST_PHP_EXTS="igbinary posix redis" TESTS="${core[*]}" \
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
	for t in "${core[@]}"; do
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
	if ! root=$(timeout -k 30 2400 bash tools/ci/php-chroot.sh setup 2>"$work/chroot.log" | tail -n 1) || [ ! -d "$root" ]; then
		sed "s/^/$name: /" "$work/chroot.log"
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

start=$SECONDS
for target in "${targets[@]}"; do
	t0=$SECONDS
	case $target in
	php8.4 | php8.5) chroot_target "$target" "${target#php}" ;;
	zts) zts_target ;;
	*)
		echo "unknown matrix target: $target (php8.4, php8.5, zts)"
		printf 'FAILED\t%s:unknown target\n' "$target" >>"$results"
		;;
	esac
	echo "== $target: $((SECONDS - t0)) s"
done
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
