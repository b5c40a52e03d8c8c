#!/usr/bin/env bash
# scripts/demo.sh: runs the worker on real jobs. Installs what the demo needs
# and nothing more (PHP cli and dev, build tools, hiredis, redis-server:
# QW_BUILD_PACKAGES in tools/lib.sh; QWORKER_SKIP_APT=1 skips apt-get), builds
# modules/qworker.so, starts its own redis-server on a free loopback port,
# then runs scripts/demo.php with `php -n` and qworker.so alone: it pushes a
# few jobs with QWorker::push() and works them off with QWorker::daemon().
# The server is stopped however the script ends; exits 0 when the demo ran
# every job.
set -euo pipefail
# shellcheck source=tools/lib.sh
. "$(dirname "$0")/../tools/lib.sh"

# shellcheck disable=SC2119 # no packages beyond QW_BUILD_PACKAGES
qw_install_deps
qw_build quiet
qw_start_redis
qw_log "demo (redis-server on port $QW_REDIS_PORT)"
QWORKER_DEMO_PORT=$QW_REDIS_PORT qw_bg php -n -d "extension=$QW_EXT" scripts/demo.php
