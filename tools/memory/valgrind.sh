#!/usr/bin/env bash
# tools/memory/valgrind.sh: the phpt suite under valgrind memcheck, failing on any
# leak or invalid memory access (Debian 12, as root, like scripts/test.sh).
#
# It runs scripts/test.sh with QWORKER_VALGRIND=1 (run-tests.php -m, which
# wraps each test's php in `valgrind -q --tool=memcheck --trace-children=yes
# --log-file=NAME.mem`, with USE_ZEND_ALLOC=0 so every emalloc is a malloc
# valgrind sees, and -d pcre.jit=0; a test whose NAME.mem is not empty is
# LEAKED, which test.sh counts as failed) and adds what -m lacks:
#
#   - leak checking: with -q and valgrind's default --leak-check=summary a
#     leak prints nothing, so -m alone never reports one. Here
#     --leak-check=full --errors-for-leak-kinds=definite,indirect: a block
#     "definitely" or "indirectly lost" fails the test. "Possibly lost"
#     (interior pointers, e.g. into a HashTable's arData) and "still
#     reachable" do not;
#   - one log per process: the test's child processes (the daemon tests'
#     workers) are traced too, but every valgrind of the tree would open the
#     same --log-file with O_TRUNC, so a child starting would erase what its
#     parent had reported. A `valgrind` shim first in PATH (run-tests calls
#     valgrind through the shell) turns --log-file=F into F.vg.%p and joins
#     the per-process logs into F when the test's process tree has exited;
#   - PHP's own noise, each case explained where it is handled below: garbage
#     cycles at exit (collected by a shutdown function in the test process),
#     processes that end without PHP's shutdown (killed by a signal,
#     _exit() or a fatal error): their leak records are dropped, their errors kept, a "note:"
#     line says so), PCRE's JIT code in child processes (suppressed), the
#     tests where Laravel runs (NO_LEAK_CHECK: leak check off, errors kept);
#   - the redis-server some tests start themselves is not traced.
#
# TESTS="tests/a.phpt ..." runs just those; by default every tests/*.phpt but
# the ones EXCLUDED lists below, each with its reason. Other scripts/test.sh
# settings (QWORKER_SKIP_APT, QWORKER_SKIP_BUILD, ...) pass through.
# VALGRIND_EXTRA adds memcheck options (e.g. "--track-origins=yes" or
# "--suppressions=FILE").
# Ends with test.sh's "N passed, N failed" line, after the first lines of each
# failing test's valgrind report; exit status 0 only when nothing failed.
set -euo pipefail
# shellcheck source=tools/memory/summary.sh
. "$(dirname "$0")/summary.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

# Tests left out of the default run: pattern <tab> reason.
EXCLUDED=(
	"*/laravel/dropin/*.phpt	the drop-in tests, 4+ artisan processes each (every scenario on each Laravel variant): ~1.5 min each under valgrind, over 75 min in all; TESTS=... runs them (leak check off, see below)"
)
# Tests run with valgrind's leak check off (invalid accesses and uses of
# uninitialised memory still fail them): Laravel runs in their processes, and
# its container, facades, event listeners and function statics hold reference
# cycles up to PHP's shutdown, which frees no cycle with USE_ZEND_ALLOC=0 (not
# even after the collector run below, as they are still referenced from
# statics). Laravel alone leaks the same way: a script that only pushes and
# runs a job through Illuminate\Queue\RedisQueue, without qworker, has
# "definitely lost" blocks. Patterns (of the test's path) <tab> reason.
NO_LEAK_CHECK=(
	"*/laravel/dropin/*	Laravel apps (artisan) in the child processes"
	"*/laravel/block_for_notify */laravel/later_payload_byte_compat */laravel/later_qworker_runs */laravel/object_job_qworker_runs */laravel/parity_* */laravel/payload_hooks_qworker_keeps */laravel/payload_unencodable */laravel/push_qworker_runs */laravel/reads_qworker_push_options */laravel/reserved_expiry_interop */laravel/worker_runs_qworker_push */laravel/payload_byte_compat */laravel/qworker_push_laravel_pops */laravel/qworker_release_laravel_pops	Laravel's RedisQueue and Worker in the test process (tests/laravel/queue.php)"
	"*/laravel/bridge_settings	the bridge's Laravel container in the test process"
)

real_valgrind=$(command -v valgrind || true)
if [ -z "$real_valgrind" ] && [ "${QWORKER_SKIP_APT:-}" != 1 ]; then
	apt-get -qq update >/dev/null 2>&1 || true
	DEBIAN_FRONTEND=noninteractive apt-get -qq -y install valgrind >/dev/null
	real_valgrind=$(command -v valgrind || true)
fi
if [ -z "$real_valgrind" ]; then
	echo "valgrind.sh: valgrind not installed" >&2
	exit 1
fi

if [ -z "${TESTS:-}" ]; then
	tests=()
	for t in $(find tests -name '*.phpt' | sort); do
		skip=0
		for e in "${EXCLUDED[@]}"; do
			# shellcheck disable=SC2053 # the pattern is a glob on purpose
			if [[ $t == ${e%%	*} ]]; then
				skip=1
				break
			fi
		done
		[ "$skip" = 1 ] || tests+=("$t")
	done
	TESTS=${tests[*]}
	echo "valgrind.sh: ${#tests[@]} tests; excluded:"
	for e in "${EXCLUDED[@]}"; do
		printf '  %s: %s\n' "${e%%	*}" "${e#*	}"
	done
fi
echo "valgrind.sh: leak check off (errors still checked) for:"
for e in "${NO_LEAK_CHECK[@]}"; do
	printf '  %s: %s\n' "${e%%	*}" "${e#*	}"
done
export TESTS
no_leak=""
for e in "${NO_LEAK_CHECK[@]}"; do
	no_leak+=" ${e%%	*}"
done
export QW_VG_NO_LEAK_CHECK=$no_leak

shim=$(mktemp -d "${TMPDIR:-/tmp}/qworker-vg.XXXXXX")
trap 'rm -rf "$shim"' EXIT
mkdir "$shim/ignored"

# Cycles left at exit: PHP's shutdown frees what refcounts free, and with
# USE_ZEND_ALLOC=0 nothing frees garbage cycles (Zend MM would drop its whole
# heap), so every cycle still referenced from a global when the script ends
# (a worker whose hook closure uses the worker, Laravel's container) is
# "definitely lost", as `php -n -r '$a = new stdClass; $a->a = $a;'` is.
# In the test process, after every shutdown function, the globals are unset
# and the cycle collector runs: garbage the collector can find is not a leak
# (a worker process collects it as it goes), while a reference qworker keeps
# or fails to report to the collector (get_gc) still is one.
cat >"$shim/gc_at_exit.php" <<'EOF'
<?php
register_shutdown_function(static function (): void {
    register_shutdown_function(static function (): void { /* runs after the test's own */
        foreach (array_reverse(array_keys($GLOBALS)) as $k) {
            unset($GLOBALS[$k]);
        }
        gc_collect_cycles();
    });
});
EOF
export TEST_PHP_ARGS="-d auto_prepend_file=$shim/gc_at_exit.php" # run-tests adds it to each test's -d

# PCRE's JIT code (no object file: obj "???", matched by the 3-character
# pattern; with -n no other JIT is loaded, and qworker's code is in
# qworker.so) makes memcheck see uninitialised values and its SIMD loads read
# up to 16 bytes past a subject string. run-tests passes -d pcre.jit=0 to the
# test process, but a test's child processes (artisan, workers) get the
# suite's php command line, where the JIT is on.
{
	for kind in Cond Value8 Addr1 Addr2 Addr4 Addr8 Addr16 Addr32; do
		printf '{\n   pcre2-jit-code-%s\n   Memcheck:%s\n   obj:???\n}\n' "$kind" "$kind"
	done
} >"$shim/php.supp"

cat >"$shim/valgrind" <<EOF
#!/usr/bin/env bash
# valgrind shim of tools/memory/valgrind.sh: one log per process, joined at the end.
real=$real_valgrind
ignored=$shim/ignored
supp=$shim/php.supp
EOF
cat >>"$shim/valgrind" <<'EOF'
args=() log=
while [ $# -gt 0 ]; do
	case $1 in
	--log-file=*) log=${1#--log-file=}; args+=("--log-file=$log.vg.%p") ;;
	-*) args+=("$1") ;;
	*) break ;; # the program and its arguments
	esac
	shift
done
if [ -z "$log" ]; then
	exec "$real" "${args[@]}" "$@"
fi
read -r -a extra <<<"${VALGRIND_EXTRA:-}"
leaks=(--leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect)
set -f # the patterns are globs for [[ ]], not for files
for p in $QW_VG_NO_LEAK_CHECK; do
	# shellcheck disable=SC2053 # a glob on purpose
	if [[ ${log%.mem} == $p ]]; then
		leaks=(--leak-check=no)
	fi
done
set +f
rm -f "$log".vg.*
rc=0
"$real" "${args[@]}" "${leaks[@]}" --num-callers=40 --suppressions="$supp" \
	--trace-children-skip='*/redis-server,*/redis-cli' "${extra[@]}" "$@" || rc=$?
# A process that ended without PHP's shutdown (killed by a signal's default
# action, as daemon_signal_restores_disposition does on purpose, or _exit()ed
# by the job timeout's grace period) has its whole heap, PHP's startup tables
# included, reported lost: its leak records are dropped (noted in $ignored),
# its other errors kept. The sign: a leak allocated under php_module_startup,
# which PHP's shutdown always frees. A PHP fatal error counts too: its
# bailout leaves what every frame it unwound held (the main script's op_array
# included, as `php -n` running trigger_error('x', E_USER_ERROR) shows) for
# the Zend allocator to free wholesale, which USE_ZEND_ALLOC=0 turns off. Its
# sign: a leak allocated under compile_file.
# Children may still be writing (killed by the test's CLEAN or test.sh later):
# join what is there now; an empty set leaves F empty, which run-tests reads as clean.
for f in "$log".vg.*; do
	[ -s "$f" ] || continue
	awk -v note="$ignored/$(basename "$f")" '
		function flush() {
			if (rec != "" && !(abnormal && leak)) printf "%s", rec
			if (abnormal && leak) dropped++
			rec = ""; leak = 0
		}
		NR == FNR {
			if ($0 ~ / lost in loss record /) inleak = 1
			else if ($0 ~ /^==[0-9]+== ?$/) inleak = 0
			if (inleak && $0 ~ /php_module_startup| compile_file /) abnormal = 1
			next
		}
		{ rec = rec $0 "\n"; if ($0 ~ / lost in loss record /) leak = 1 }
		/^==[0-9]+== ?$/ { flush() }
		END { flush(); if (dropped) print dropped " leak records ignored (ended without PHP shutdown, or by a fatal error)" >note }
	' "$f" "$f" >"$f.kept"
	[ -s "$f.kept" ] && { echo "==== $(basename "$f")"; cat "$f.kept"; }
done >"$log" 2>/dev/null
rm -f "$log".vg.*
exit "$rc"
EOF
chmod +x "$shim/valgrind"

find tests \( -name '*.mem' -o -name '*.mem.vg.*' \) -delete
start=$(date +%s)
PATH=$shim:$PATH QWORKER_VALGRIND=1 bash scripts/test.sh >"$shim/test.log" 2>&1 || true
# test.sh's last line is its summary: print everything else first.
head -n -1 "$shim/test.log"
if ! qw_read_summary "$shim/test.log"; then
	echo "valgrind.sh: scripts/test.sh did not end with its summary line" >&2
	exit 1
fi
passed=$QW_PASSED failed=$QW_FAILED skipped=$QW_SKIPPED

# Valgrind slows PHP down some 20-50 times, and a test that times its steps
# against another process may then fail now and again. A test that FAILED with no valgrind report is run once more, on
# its own: it counts as failed only if it fails again. LEAK, LEAK&FAIL and
# BORK are never retried.
retry=()
while IFS= read -r t; do
	m=${t%.phpt}.mem
	[ -s "$m" ] || retry+=("$t")
done < <(qw_failed_tests "$shim/test.log")
if [ ${#retry[@]} -gt 0 ]; then
	echo "== valgrind.sh: retrying ${#retry[@]} test(s) that failed without a valgrind report: ${retry[*]}"
	PATH=$shim:$PATH QWORKER_VALGRIND=1 TESTS="${retry[*]}" bash scripts/test.sh >"$shim/retry.log" 2>&1 || true
	grep -E '^(PASS|FAIL|LEAK|LEAK&FAIL|BORK|SKIP) ' "$shim/retry.log" || true
	qw_read_summary "$shim/retry.log" || QW_PASSED=0 QW_FAILED=${#retry[@]}
	passed=$((passed + QW_PASSED))
	failed=$((failed - ${#retry[@]} + QW_FAILED))
fi

for m in $(find tests -name '*.mem' | sort); do
	[ -s "$m" ] || continue
	echo "---- valgrind report of ${m%.mem}.phpt (first 60 lines; whole file: $m)"
	head -n 60 "$m"
done
for n in "$shim"/ignored/*; do
	[ -e "$n" ] || continue
	echo "note: ${n##*/}: $(cat "$n")"
done
echo "valgrind.sh: $(($(date +%s) - start)) s"
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line+=", $skipped skipped"
echo "$line"
if [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
	exit 1
fi
exit 0
