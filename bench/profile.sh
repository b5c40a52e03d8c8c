#!/usr/bin/env bash
# bench/profile.sh: where `php artisan qworker:work` spends its time per job
# (docs/profile.md), set up the way bench/run.sh sets up the benchmark:
#
#   1. apt-get installs what is missing, GNU time and valgrind included
#      (QWORKER_SKIP_APT=1 skips it),
#   2. builds modules/qworker.so (QWORKER_SKIP_BUILD=1 uses the one built),
#   3. installs the Composer Laravel 12 into .work/laravel12 as the drop-in
#      tests do (when PROFILE_LARAVELS names 12),
#   4. starts a private redis-server on a free loopback port,
#   5. runs bench/profile.php: whole-run CPU and wall time per job of
#      queue:work and qworker:work, the per-job parts
#      (bench/profile_parts.php), with PROFILE_CALLGRIND=1 the C split from
#      callgrind, and with PROFILE_VARIANTS the runs with one part taken out
#      in a scratch copy of laravel/ (docs/profile.md says which).
#
# Environment: PROFILE_LARAVELS ("8 12"), PROFILE_JOBS (20000),
# PROFILE_LOOPS (20000 calls per part), PROFILE_DAEMON_JOBS (20000),
# PROFILE_CALLGRIND (unset: no callgrind runs), PROFILE_CG_JOBS (2000),
# PROFILE_ONLY (whole,parts,callgrind; "variants" for the variants alone),
# PROFILE_VARIANTS ("all" or a comma list), PROFILE_VARIANT_MODE (callgrind
# or time), PROFILE_KEEP=DIR keeps callgrind's files there
# (callgrind.lN.JOBS[.VARIANT], for callgrind_annotate).
# The machine should be otherwise idle: timings are medians of 3.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

fail() {
	echo "profile: $*" >&2
	exit 1
}

qw_install_deps "${QW_TEST_PACKAGES[@]}" time valgrind || fail "apt-get install failed"
qw_build_and_start profiling || fail "set-up failed"
if [[ " ${PROFILE_LARAVELS:-8 12} " == *" 12 "* ]]; then
	qw_install_laravel 12 || fail "installing Laravel 12 failed"
	export QWORKER_TEST_LARAVEL12=$QW_ROOT/.work/laravel12
fi

qw_php_setup qwprofile: || fail "the PHP set-up failed"

qw_bg php -n "${QW_PHP_ARGS[@]}" bench/profile.php || fail "failed"
