#!/usr/bin/env bash
# bench/run-pool.sh: the pool benchmark in one go (Debian 12, as root, from a
# checkout), set up as bench/run.sh does it (packages unless
# QWORKER_SKIP_APT=1, the build unless QWORKER_SKIP_BUILD=1, a private
# redis-server), then bench/pool.php: a burst of 5 ms jobs drained by 4
# `queue:work` processes started by hand, then by `qworker:supervise
# --processes=4`, `qworker:supervise --max-processes=4 --balance=auto`, and
# the same with --balance-max-shift=4, side by side, with a timeline of the
# worker processes.
#
# Environment: BENCH_POOL_JOBS (20000), BENCH_POOL_MS (5),
# BENCH_POOL_PROCESSES (4), BENCH_TIMEOUT (600 s per run), BENCH_QUICK=1
# (2000 jobs, a smoke run). The machine should be otherwise idle.
# Exits non-zero on any failure; the server, the app instance and temp
# files are removed however it ends.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

fail() {
	echo "bench: $*" >&2
	exit 1
}

qw_install_deps "${QW_TEST_PACKAGES[@]}" || fail "apt-get install failed"
qw_build_and_start benchmarking || fail "set-up failed"

qw_php_setup qwbench: || fail "the PHP set-up failed"

qw_bg php -n "${QW_PHP_ARGS[@]}" bench/pool.php || fail "failed"
