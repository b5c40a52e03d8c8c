#!/usr/bin/env bash
# bench/run.sh: the qworker benchmark in one go (Debian 12, as root, from a
# checkout), the way scripts/test.sh runs the tests:
#
#   1. apt-get installs what is missing, GNU time included (QWORKER_SKIP_APT=1
#      skips it),
#   2. builds modules/qworker.so (QWORKER_SKIP_BUILD=1 uses the one built),
#   3. starts a private redis-server on a free loopback port,
#   4. runs bench/bench.php with `php -n`, qworker.so and the system
#      extensions scripts/test.sh loads, which measures side by side on the
#      same BENCH_JOBS no-op jobs, in BENCH_ROUNDS alternating rounds (each
#      reported as the median of the rounds and its spread): Laravel 8.83's
#      `queue:work` and `qworker:work` (prefetch 1 and 32) in an app with a
#      real app's queue listeners, the native QWorker::daemon() (prefetch 1
#      and 32) and Laravel's own per-job machinery (Worker::process() with no
#      Redis); then redis-benchmark's single-connection LPOP rate and the
#      idle, latency and RSS extras (see bench/bench.php).
#
# Environment: BENCH_LARAVEL (8: Debian's 8.83; 11 or 12: the Composer
# Laravel, installed into .work/laravelN as the drop-in tests install it),
# BENCH_JOBS (20000), BENCH_ROUNDS (3), BENCH_LISTENERS (1; 0
# runs the app without its listeners), BENCH_IDLE_SECONDS (30),
# BENCH_RSS_JOBS (200000), BENCH_TIMEOUT (600 s per process), BENCH_QUICK=1
# (1000 jobs, 5 s idle, 100 latency samples, no RSS run). The machine should
# be otherwise idle (the load average is printed): the runs are sequential.
# Prints the results as a table and as Markdown; exits non-zero on any failure.
# The server, the app instance and temp files are removed however it ends.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

fail() {
	echo "bench: $*" >&2
	exit 1
}

qw_install_deps "${QW_TEST_PACKAGES[@]}" time || fail "apt-get install failed"
qw_build_and_start benchmarking || fail "set-up failed"
if [[ "${BENCH_LARAVEL:-8}" != 8 ]]; then
	qw_install_laravel "$BENCH_LARAVEL" || fail "installing Laravel $BENCH_LARAVEL failed"
	export "QWORKER_TEST_LARAVEL$BENCH_LARAVEL=$QW_ROOT/.work/laravel$BENCH_LARAVEL"
fi

qw_php_setup qwbench: || fail "the PHP set-up failed"

qw_bg php -n "${QW_PHP_ARGS[@]}" bench/bench.php || fail "failed"
