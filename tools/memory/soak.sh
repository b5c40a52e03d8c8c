#!/usr/bin/env bash
# tools/memory/soak.sh: the soak test in one go (Debian 12, as root, from a
# checkout), the way bench/run.sh runs the benchmark:
#
#   1. apt-get installs what is missing (QWORKER_SKIP_APT=1 skips it),
#   2. builds modules/qworker.so (QWORKER_SKIP_BUILD=1 uses the one built),
#   3. starts a private redis-server on a free loopback port,
#   4. runs bench/soak.php with `php -n`, qworker.so and the system extensions
#      scripts/test.sh loads, once per value of SOAK_PREFETCH: SOAK_JOBS mixed
#      jobs (80% succeed, 10% throw once then succeed, 10% always throw; tries
#      2, backoff 0) through one QWorker::daemon(), fed in batches; it checks
#      every count, that nothing is left in Redis and that the worker's RSS
#      grows by at most SOAK_RSS_LIMIT_KB from the warm-up point to the end.
#
# Environment: SOAK_JOBS (1000000), SOAK_PREFETCH ("1"; a list runs each in
# turn, e.g. "1 32"), SOAK_WARMUP (50000 jobs), SOAK_RSS_EVERY (100000),
# SOAK_RSS_LIMIT_KB (1024), SOAK_BATCH (5000), SOAK_BACKLOG (20000),
# SOAK_STALL (30 s), SOAK_TIMEOUT (3600 s per run); see bench/soak.php.
# Prints the figures of each run; exits non-zero on any failure.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../lib.sh"

fail() {
	echo "soak: $*" >&2
	exit 1
}

qw_install_deps "${QW_TEST_PACKAGES[@]}" || fail "apt-get install failed"
qw_build_and_start soaking || fail "set-up failed"

qw_php_setup qwsoak: || fail "the PHP set-up failed"

rc=0
for p in ${SOAK_PREFETCH:-1}; do
	qw_log "soak, prefetch $p"
	SOAK_PREFETCH=$p qw_bg php -n "${QW_PHP_ARGS[@]}" bench/soak.php || rc=1
done
exit "$rc"
