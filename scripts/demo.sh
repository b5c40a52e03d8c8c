#!/usr/bin/env bash
# scripts/demo.sh: runs the worker on real jobs. Installs and builds like
# scripts/test.sh (QWORKER_SKIP_APT=1 skips apt-get), starts its own
# redis-server on a free loopback port, then runs scripts/demo.php, which
# pushes a few jobs with QWorker::push() and works them off with
# QWorker::runNextJob(). The server is stopped on exit; exits 0 when the demo
# ran every job.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

qw_install_deps
qw_build quiet
qw_start_redis
qw_log "demo (redis-server on port $QW_REDIS_PORT)"
QWORKER_DEMO_PORT=$QW_REDIS_PORT qw_bg php -n -d "extension=$QW_EXT" scripts/demo.php
