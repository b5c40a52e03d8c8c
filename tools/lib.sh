# shellcheck shell=bash disable=SC2034,SC2016 # sets variables for the scripts sourcing it; PHP code in single quotes
# tools/lib.sh: set-up shared by scripts/test.sh, scripts/demo.sh, bench/run.sh
# and tools/memory/soak.sh.
# Source it from bash; it is not meant to be run.
#
# Sourcing it cds to the repo root and installs traps: on EXIT (and on INT,
# TERM, HUP, which exit through EXIT) every redis-server and every process
# group started through these helpers is stopped and the temp dir removed.
#
#   qw_install_deps [PKG...]  apt-get installs QW_BUILD_PACKAGES plus PKG...
#                             (e.g. "${QW_TEST_PACKAGES[@]}"), unless all are
#                             installed already or QWORKER_SKIP_APT=1.
#   QW_BUILD_PACKAGES         what building qworker and running it on a private
#                             redis-server need (all scripts/demo.sh needs);
#   QW_TEST_PACKAGES          what the test suite adds: Laravel 8.83 and the
#                             PHP extensions it loads, phpredis, Composer (for
#                             Laravel 12), pecl, php-parser (for gen-stubs).
#   qw_build [quiet]          phpize + ./configure + make -j2 in the repo root;
#                             EXTRA_CFLAGS="-Wall -Wextra -Werror" when
#                             QWORKER_WERROR=1 (the default when CI=true).
#                             Fails unless modules/qworker.so then loads.
#                             "quiet" shows make's output only on failure.
#   qw_start_redis            starts a redis-server on a free loopback port in
#                             the temp dir, waits for PING; sets QW_REDIS_PORT.
#   qw_install_laravel N      composer-installs Laravel N, the framework of the
#                             drop-in tests' lN variant (tests/laravel/lN), into
#                             .work/laravelN, linking the bridge in laravel/;
#                             kept while its composer.json is unchanged. The
#                             host's PHP need not run it: Laravel 13's
#                             composer.json resolves for PHP 8.4
#                             (config.platform), for the matrix's chroot.
#   qw_bg CMD...              runs CMD in its own process group (stdin from
#                             /dev/null) and returns its status; the group is
#                             killed when CMD ends or when the script is stopped.
#   QW_ROOT, QW_TMP, QW_EXT   repo root, private temp dir, built qworker.so.

QW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QW_EXT=$QW_ROOT/modules/qworker.so
QW_TMP=$(mktemp -d "${TMPDIR:-/tmp}/qworker.XXXXXX")
QW_REDIS_PIDS=()
QW_GROUPS=()
QW_REDIS_PORT= # set by qw_start_redis
cd "$QW_ROOT" || exit 1
exec </dev/null # nothing here reads input; CI may even run us with stdin closed

QW_BUILD_PACKAGES=(
	build-essential pkg-config php8.2-cli php8.2-dev libhiredis-dev
	redis-server redis-tools
)
QW_TEST_PACKAGES=(
	php-parser php-pear php-laravel-framework
	php8.2-redis php8.2-sqlite3 php8.2-mbstring php8.2-xml php8.2-intl
	composer unzip
)

qw_log() { printf '== %s\n' "$*"; }

# True while a process of group $1 is running (zombies don't count).
qw_group_alive() {
	local f stat rest
	for f in /proc/[0-9]*/stat; do
		{ read -r stat <"$f"; } 2>/dev/null || continue
		rest=${stat##*) } # after "pid (comm) ": state ppid pgrp ...
		read -r -a stat <<<"$rest"
		if [ "${stat[2]}" = "$1" ] && [ "${stat[0]}" != Z ]; then
			return 0
		fi
	done
	return 1
}

# Stops a process group: TERM, up to 5 s of grace, then KILL.
qw_kill_group() {
	local pgid=$1
	kill -TERM -- "-$pgid" 2>/dev/null || return 0
	for _ in $(seq 50); do
		qw_group_alive "$pgid" || return 0
		sleep 0.1
	done
	kill -KILL -- "-$pgid" 2>/dev/null || true
}

qw_cleanup() {
	local rc=$? pid
	trap - EXIT INT TERM HUP
	exec 2>/dev/null # nothing may print after the caller's last line
	for pid in "${QW_GROUPS[@]}" "${QW_REDIS_PIDS[@]}"; do
		qw_kill_group "$pid"
	done
	for pid in "${QW_REDIS_PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$QW_TMP"
	exit "$rc"
}
trap qw_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

qw_bg() {
	local pid rc=0
	# Not a group leader (no job control), so setsid execs in place: pid == pgid.
	setsid "$@" </dev/null &
	pid=$!
	QW_GROUPS+=("$pid")
	wait "$pid" || rc=$?
	qw_kill_group "$pid" # whatever CMD left behind, e.g. a server a test started
	return "$rc"
}

qw_install_deps() {
	local pkgs=("${QW_BUILD_PACKAGES[@]}" "$@") missing=() p
	if [ "${QWORKER_SKIP_APT:-}" = 1 ]; then
		return 0
	fi
	for p in "${pkgs[@]}"; do
		dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
	done
	if [ ${#missing[@]} -eq 0 ]; then
		return 0
	fi
	qw_log "apt-get install ${missing[*]}"
	if [ "$(id -u)" != 0 ]; then
		echo "missing packages (run as root, or install them): ${missing[*]}" >&2
		return 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get -qq update || echo "warning: apt-get update failed; trying the install anyway" >&2
	apt-get -qq -y -o Dpkg::Use-Pty=0 install "${missing[@]}" >"$QW_TMP/apt.log" 2>&1 || {
		cat "$QW_TMP/apt.log" >&2
		return 1
	}
}

# phpize's `make clean` without its reach: that one deletes every object and
# shared library below the repo root, the matrix's chroot and ZTS PHP under
# .work/ included (a chroot whose perl lost its .so files stays broken).
qw_clean_objects() {
	find . -path ./.work -prune -o -type f \( -name '*.o' -o -name '*.lo' -o -name '*.la' \
		-o -name '*.a' -o -name '*.so' -o -name '*.dep' -o -name '*.gcno' -o -name '*.gcda' \) -print0 |
		xargs -0 rm -f
	find . -path ./.work -prune -o -type d -name .libs -print0 | xargs -0 rm -rf
	rm -f modules/* libs/*
}

qw_build() {
	local werror=${QWORKER_WERROR:-} flags="" stamp=build/qworker-extra-cflags
	if [ -z "$werror" ] && [ "${CI:-}" = true ]; then
		werror=1
	fi
	if [ "$werror" = 1 ]; then
		flags="-Wall -Wextra -Werror"
	fi
	if [ ! -f Makefile ] || [ ! -f configure ] || [ config.m4 -nt Makefile ]; then
		qw_log "phpize && ./configure"
		if ! { phpize && ./configure; } >"$QW_TMP/configure.log" 2>&1; then
			cat "$QW_TMP/configure.log" >&2
			echo "phpize/configure failed" >&2
			return 1
		fi
	fi
	# Objects built with other flags are rebuilt.
	if [ "$(cat "$stamp" 2>/dev/null)" != "$flags" ]; then
		qw_clean_objects
		mkdir -p build
		printf '%s\n' "$flags" >"$stamp"
	fi
	qw_log "make -j2 EXTRA_CFLAGS='$flags'"
	if [ "${1:-}" = quiet ]; then
		make -j2 EXTRA_CFLAGS="$flags" >"$QW_TMP/make.log" 2>&1 || {
			cat "$QW_TMP/make.log" >&2
			return 1
		}
	else
		make -j2 EXTRA_CFLAGS="$flags" || return 1
	fi
	if ! php -n -d "extension=$QW_EXT" -r 'exit(extension_loaded("qworker") ? 0 : 1);'; then
		echo "$QW_EXT does not load" >&2
		return 1
	fi
}

qw_free_port() {
	php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0") or exit(1);
		echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1), "\n";'
}

qw_start_redis() {
	local port pid try
	for try in 1 2 3 4 5; do
		port=$(qw_free_port)
		setsid redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
			--daemonize no --dir "$QW_TMP" --logfile "$QW_TMP/redis-$port.log" </dev/null &
		pid=$!
		QW_REDIS_PIDS+=("$pid")
		for _ in $(seq 100); do
			if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; then
				QW_REDIS_PORT=$port
				return 0
			fi
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		echo "redis-server on port $port did not answer (try $try):" >&2
		tail -n 5 "$QW_TMP/redis-$port.log" >&2 || true
		qw_kill_group "$pid"
	done
	return 1
}

qw_install_laravel() {
	local dir=$QW_ROOT/.work/laravel$1 src=$QW_ROOT/tests/laravel/l$1
	mkdir -p "$dir"
	sed "s#\"../../../laravel\"#\"$QW_ROOT/laravel\"#" "$src/composer.json" >"$QW_TMP/composer.json"
	if [ -f "$dir/vendor/autoload.php" ] && cmp -s "$QW_TMP/composer.json" "$dir/composer.json"; then
		return 0
	fi
	cp "$QW_TMP/composer.json" "$dir/composer.json"
	qw_log "composer update in .work/laravel$1 (Laravel $1 for the drop-in tests)"
	(cd "$dir" && COMPOSER_ALLOW_SUPERUSER=1 composer update --no-interaction --no-progress) \
		>"$QW_TMP/composer.log" 2>&1 || {
		cat "$QW_TMP/composer.log" >&2
		rm -f "$dir/composer.json"
		return 1
	}
}

# The test suite's PHP set-up for a script outside run-tests.php (bench/,
# the soak): no php.ini, qworker first, then what Debian's php-cli loads from
# conf.d (igbinary before redis), in the array QW_PHP_ARGS; and what the
# Laravel app instance (tools/laravel-app/instance.php), bench/ and
# tests/*.inc read to reach the redis-server qw_start_redis started, under
# key prefix $1.
qw_php_setup() {
	local ext_dir e
	ext_dir=$(php-config --extension-dir)
	QW_PHP_ARGS=(-d "extension=$QW_EXT")
	for e in pdo xml ctype dom igbinary intl mbstring pdo_sqlite posix simplexml sqlite3 tokenizer xmlreader xmlwriter redis; do
		if [ ! -f "$ext_dir/$e.so" ]; then
			echo "$ext_dir/$e.so not found" >&2
			return 1
		fi
		QW_PHP_ARGS+=(-d "extension=$ext_dir/$e.so")
	done
	export QWORKER_TEST_REDIS_HOST=127.0.0.1
	export QWORKER_TEST_REDIS_PORT=$QW_REDIS_PORT
	export QWORKER_TEST_PREFIX=$1
	QWORKER_TEST_PHP_ARGS=$(printf '%s\n' -n "${QW_PHP_ARGS[@]}")
	export QWORKER_TEST_PHP_ARGS
	export TMPDIR=$QW_TMP # removed on exit
}

# For the scripts beside the test command (bench/, the soak): builds
# modules/qworker.so, or with QWORKER_SKIP_BUILD=1 uses the one built, then
# starts the redis-server. $1 names what the script does with it, for the log.
qw_build_and_start() {
	if [ "${QWORKER_SKIP_BUILD:-}" = 1 ] && [ -f "$QW_EXT" ]; then
		qw_log "QWORKER_SKIP_BUILD=1: $1 the $QW_EXT already built"
	else
		qw_build quiet || { echo "the build failed" >&2; return 1; }
	fi
	qw_start_redis || { echo "could not start redis-server" >&2; return 1; }
	qw_log "redis-server on 127.0.0.1:$QW_REDIS_PORT"
}
