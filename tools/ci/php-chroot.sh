#!/usr/bin/env bash
# tools/ci/php-chroot.sh: a Debian unstable chroot, experimental enabled, with
# PHP 8.4 and 8.5, Redis and hiredis from there, for the PHP matrix
# (tools/ci/matrix.sh). Needs root.
#
#   bash tools/ci/php-chroot.sh setup
#       Creates the chroot ${QWORKER_CACHE:-<repo>/.work}/chroot-sid with
#       debootstrap (apt-get installs debootstrap on the host if missing) from
#       the Debian mirror the host's own apt sources name, and installs
#       CHROOT_PACKAGES plus whichever of CHROOT_OPTIONAL exist. A stamp file
#       holds that list: while every package of the two lists is in it, or
#       installed in the chroot (say, by hand), a second run does nothing.
#       Prints the chroot's path as its last line.
#   bash tools/ci/php-chroot.sh run DIR CMD [ARG...]
#       Runs CMD as root in the chroot (set up first when needed), in DIR,
#       which is bind-mounted at the same path inside; /proc, /sys, /dev,
#       /dev/pts and /dev/shm are mounted too. The environment is reset to
#       PATH, HOME, LANG, plus CI, TESTS and every QWORKER_* variable.
#       Exits with CMD's status.
#
# Every mount lives in a private mount namespace (unshare -m) made for the
# run, so none is ever seen outside it, and all go when its last process
# ends, whether it exits, fails or is killed: nothing is left mounted, and
# removing the cache dir never reaches into the host's files.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=${QWORKER_CACHE:-$repo/.work}
root=$cache/chroot-sid

# PHP 8.4 has what the Laravel app of the Laravel 13 drop-in tests needs
# (tools/ci/matrix.sh runs them on its php8.4 target): phpredis (and igbinary
# before it), pdo_sqlite, mbstring, dom, intl, curl; php8.X-common brings posix.
CHROOT_PACKAGES=(
	build-essential pkg-config libhiredis-dev redis-server redis-tools
	php8.4-cli php8.4-dev php8.5-cli php8.5-dev
	php8.4-redis php8.4-igbinary php8.4-sqlite3 php8.4-mbstring php8.4-xml php8.4-intl php8.4-curl
)
# Extensions the core suite loads on PHP 8.5 when present.
CHROOT_OPTIONAL=(php8.5-redis php8.5-igbinary)

log() { printf '== php-chroot: %s\n' "$*" >&2; }
die() {
	printf 'php-chroot: %s\n' "$*" >&2
	exit 1
}

# Prints the URI of the host's main Debian archive (not the security one),
# read from its deb822 sources, else from sources.list.
host_mirror() {
	local f uri
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		uri=$(awk '
			/^[[:space:]]*$/ { if (u != "" && s !~ /-security/ && t ~ /(^| )deb( |$)/) { print u; exit } u = s = t = ""; next }
			/^URIs:/ { u = $2 } /^Suites:/ { s = $0 } /^Types:/ { t = $0 }
			END { if (u != "" && s !~ /-security/ && t ~ /(^| )deb( |$)/) print u }' "$f" | head -n 1)
		if [[ $uri == *debian* ]]; then
			echo "$uri"
			return 0
		fi
	done
	uri=$(awk '$1 == "deb" && $0 !~ /-security/ {
			for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; exit } }' \
		/etc/apt/sources.list 2>/dev/null | head -n 1)
	[[ $uri == *debian* ]] || return 1
	echo "$uri"
}

# Runs "$@" (a shell snippet and its arguments, see `run`) in a private mount
# namespace in which the chroot's /proc, /sys and /dev are mounted.
in_namespace() {
	# shellcheck disable=SC2016 # the inner shell expands them
	unshare --mount --propagation private -- bash -euo pipefail -c '
		root=$1 dir=$2
		shift 2
		mount -t proc proc "$root/proc"
		mount --rbind /sys "$root/sys"
		mount --bind /dev "$root/dev"
		mount --bind /dev/pts "$root/dev/pts"
		if mountpoint -q /dev/shm; then
			mount --bind /dev/shm "$root/dev/shm"
		fi
		if [ -n "$dir" ]; then
			mkdir -p "$root$dir"
			mount --bind "$dir" "$root$dir"
		fi
		exec chroot "$root" "$@"' in_namespace "$root" "$@"
}

# Runs CMD in the chroot in DIR ("" for /) with the reset environment.
chroot_exec() {
	local dir=$1 envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
		HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive) v
	shift
	for v in CI TESTS ${!QWORKER_*}; do
		if [ -n "${!v+set}" ]; then
			envs+=("$v=${!v}")
		fi
	done
	# shellcheck disable=SC2016 # the inner shell expands them
	in_namespace "$dir" /usr/bin/env -i "${envs[@]}" \
		/bin/sh -c 'cd "$1" && shift && exec "$@"' sh "${dir:-/}" "$@"
}

# Prints the packages of CHROOT_OPTIONAL that the chroot's apt knows.
optional_packages() {
	local p
	for p in "${CHROOT_OPTIONAL[@]}"; do
		if chroot_exec "" apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
			echo "$p"
		fi
	done
}

# True when the chroot has every package of CHROOT_PACKAGES and
# CHROOT_OPTIONAL: listed in the stamp of its last set-up (an optional one
# apt did not know counts too), or installed (dpkg's database in the chroot).
ready() {
	local stamp p
	stamp=$(cat "$root/.qworker-stamp" 2>/dev/null) || return 1
	for p in "${CHROOT_PACKAGES[@]}" "${CHROOT_OPTIONAL[@]}"; do
		if ! grep -qxF -- "$p" <<<"$stamp" \
			&& [ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]; then
			return 1
		fi
	done
}

setup() {
	local want mirror start=$SECONDS
	[ "$(id -u)" = 0 ] || die "needs root (debootstrap, mount, chroot)"
	want=$(printf '%s\n' "${CHROOT_PACKAGES[@]}" "${CHROOT_OPTIONAL[@]}")
	if ready; then
		echo "$root"
		return 0
	fi
	mkdir -p "$cache"
	exec 9>"$cache/chroot-sid.lock"
	flock 9
	if ready; then
		echo "$root"
		return 0
	fi
	mirror=$(host_mirror) || die "no Debian mirror found in the host's apt sources"
	if [ ! -f "$root/.qworker-debootstrap" ]; then
		if ! command -v debootstrap >/dev/null; then
			log "apt-get install debootstrap"
			DEBIAN_FRONTEND=noninteractive apt-get -qq -y install debootstrap >/dev/null \
				|| die "cannot install debootstrap"
		fi
		rm -rf "$root"
		log "debootstrap sid from $mirror into $root"
		# In its own mount namespace: debootstrap mounts /proc and /sys inside.
		unshare --mount --propagation private -- \
			debootstrap --variant=minbase sid "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 \
			|| { tail -n 30 "$cache/debootstrap.log" >&2; die "debootstrap failed (log: $cache/debootstrap.log)"; }
		touch "$root/.qworker-debootstrap"
	fi
	printf 'deb %s unstable main\ndeb %s experimental main\n' "$mirror" "$mirror" \
		>"$root/etc/apt/sources.list"
	# The host's mirror may serve a dated snapshot of the archive, whose
	# Release files are past their Valid-Until.
	printf 'Acquire::Check-Valid-Until "false";\n' >"$root/etc/apt/apt.conf.d/99qworker"
	# No service starts inside the chroot: tests start their own redis-server.
	printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
	chmod 755 "$root/usr/sbin/policy-rc.d"
	cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
	log "apt-get update"
	chroot_exec "" apt-get -qq update >"$cache/chroot-apt.log" 2>&1 \
		|| { tail -n 30 "$cache/chroot-apt.log" >&2; die "apt-get update failed in the chroot"; }
	local optional base=() newest=() p
	mapfile -t optional < <(optional_packages)
	for p in "${CHROOT_PACKAGES[@]}" "${optional[@]}"; do
		case $p in
		php8.5*) newest+=("$p") ;;
		*) base+=("$p") ;;
		esac
	done
	log "apt-get install ${base[*]}"
	chroot_exec "" apt-get -qq -y -o Dpkg::Use-Pty=0 --no-install-recommends \
		install "${base[@]}" >>"$cache/chroot-apt.log" 2>&1 \
		|| { tail -n 30 "$cache/chroot-apt.log" >&2; die "apt-get install failed in the chroot"; }
	# PHP 8.5 lives in experimental, which apt ranks last: -t makes it the
	# target for these packages and what they need that unstable lacks.
	log "apt-get -t experimental install ${newest[*]}"
	chroot_exec "" apt-get -qq -y -o Dpkg::Use-Pty=0 --no-install-recommends \
		-t experimental install "${newest[@]}" >>"$cache/chroot-apt.log" 2>&1 \
		|| { tail -n 30 "$cache/chroot-apt.log" >&2; die "apt-get install -t experimental failed in the chroot"; }
	chroot_exec "" apt-get -qq clean
	printf '%s\n' "$want" >"$root/.qworker-stamp"
	log "ready in $((SECONDS - start)) s"
	echo "$root"
}

case ${1:-} in
setup)
	setup
	;;
run)
	[ $# -ge 3 ] || die "usage: $0 run DIR CMD [ARG...]"
	dir=$(cd "$2" && pwd) || die "no such directory: $2"
	shift 2
	setup >/dev/null
	chroot_exec "$dir" "$@"
	;;
*)
	die "usage: $0 setup | run DIR CMD [ARG...]"
	;;
esac
