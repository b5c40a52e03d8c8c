#!/usr/bin/env bash
# tools/ci/php-zts.sh: builds a thread-safe (ZTS) PHP 8.2 CLI from Debian's own
# php8.2 source package, with just what the core (non-Laravel) phpt suite
# needs, and installs it into ${QWORKER_CACHE:-<repo>/.work}/php-zts/prefix
# (bin/php, bin/phpize, bin/php-config). The last line printed on stdout is
# that prefix; the exit status is non-zero on failure.
#
#   bash tools/ci/php-zts.sh
#   PATH=$(bash tools/ci/php-zts.sh | tail -n 1)/bin:$PATH bash scripts/test.sh
#
# - The source is the version of the installed php8.2-cli (or php8.2-dev),
#   else (not installed, or its source cannot be fetched: the mirror here
#   serves no bookworm-security sources) the newest that can be; the log and
#   the stamp say which was built.
# - Cached: when the prefix is complete and its stamp file names the same
#   wanted source version and configure line, it returns at once.
# - The system lists only binary sources ("Types: deb"): a private apt set-up
#   (sources, lists and cache in a temp dir) is derived at run time from the
#   system's own apt sources, as deb-src; the system's lists are left alone.
#   The source is built in that temp dir too, removed on exit.
# - The prefix holds no *.o, *.a or *.so (all extensions are static), so
#   phpize's `make clean` in the repo root leaves it alone; `git clean -fdX`
#   does not: reset build outputs with `make distclean; phpize --clean`.
# - apt-get installs the build tools unless QWORKER_SKIP_APT=1 (it needs root).
# - Quiet on success: everything goes to php-zts/build.log, shown on failure.
# - Fast: make -j2, no tests of PHP itself, --disable-all plus posix and
#   pcntl (posix_kill() and the SIG* constants of the daemon tests); json,
#   pcre, random, hash, spl and standard are always built in.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${QWORKER_CACHE:-$root/.work}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
base=$cache/php-zts
prefix=$base/prefix
stamp=$prefix/.qworker-php-zts-stamp
log=$base/build.log

# libtool, shtool and pkg-config: Debian's phpize takes their files from the system.
build_deps=(build-essential autoconf bison re2c pkg-config libtool shtool dpkg-dev xz-utils)
configure_args=(
	--prefix="$prefix" --enable-zts --disable-all --enable-cli
	--disable-cgi --disable-phpdbg --disable-fpm --disable-opcache --without-pear
	--enable-posix --enable-pcntl
)

exec 3>&1 4>&2 # the caller's stdout and stderr, once ours go to the log
fail() {
	if [ -s "$log" ]; then
		tail -n 200 "$log" >&4
	fi
	echo "php-zts: $* (log: $log)" >&4
	exit 1
}

# The installed php8.2 version, or nothing: what we want to build.
wanted_version() {
	local p v
	for p in php8.2-cli php8.2-dev; do
		v=$(dpkg-query -W -f='${db:Status-Status} ${source:Version}' "$p" 2>/dev/null || true)
		if [ "${v%% *}" = installed ]; then
			echo "${v#* }"
			return
		fi
	done
}

want=$(wanted_version)
expected_stamp=$(printf 'wanted php8.2 source: %s\nconfigure: %s\n' "${want:-newest}" "${configure_args[*]}")
complete() {
	[ -x "$prefix/bin/php" ] && [ -x "$prefix/bin/phpize" ] && [ -x "$prefix/bin/php-config" ] \
		&& [ -f "$prefix/share/aclocal/libtool.m4" ] && [ "$(head -n 2 "$stamp" 2>/dev/null)" = "$expected_stamp" ]
}
if complete; then
	echo "$prefix"
	exit 0
fi

mkdir -p "$base"
: >"$log"
# The source tree and the private apt set-up live outside the repo: a
# `make clean` of the extension (phpize's, from the repo root) deletes every
# *.o below it.
work=$(mktemp -d "${TMPDIR:-/tmp}/php-zts.XXXXXX")
trap 'rm -rf "$work"' EXIT
aptdir=$work/apt
src=$work/src
exec >>"$log" 2>&1 # the caller's stdout gets the prefix line alone

if [ "${QWORKER_SKIP_APT:-}" != 1 ]; then
	[ "$(id -u)" = 0 ] || fail "installing build tools needs root (or QWORKER_SKIP_APT=1)"
	echo "== apt-get install ${build_deps[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get -y -o Dpkg::Use-Pty=0 install "${build_deps[@]}" || {
		apt-get update && apt-get -y -o Dpkg::Use-Pty=0 install "${build_deps[@]}"
	} || fail "apt-get install of the build tools failed"
fi
for tool in dpkg-source make cc autoconf shtool; do
	command -v "$tool" >/dev/null || fail "$tool not found (apt-get install ${build_deps[*]})"
done

# The system's apt sources as "deb-src" only, into a private set-up: deb822
# .sources stanzas of type deb become "Types: deb-src", one-line deb entries
# a deb-src twin.
mkdir -p "$aptdir/sources.list.d" "$aptdir/lists/partial" "$aptdir/cache/archives/partial"
sysetc=$(apt-config shell E Dir::Etc/d | sed -n "s/^E='\(.*\)'$/\1/p")
sysetc=${sysetc:-/etc/apt/}
parts=$(apt-config shell P Dir::Etc::SourceParts/d | sed -n "s/^P='\(.*\)'$/\1/p")
list=$(apt-config shell L Dir::Etc::SourceList/f | sed -n "s/^L='\(.*\)'$/\1/p")
parts=${parts:-${sysetc}sources.list.d/}
list=${list:-${sysetc}sources.list}
n=0
for f in "$parts"*.sources; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	sed -E '/^Types:/{/[[:space:]]deb([[:space:]]|$)/s/.*/Types: deb-src/}' "$f" >"$aptdir/sources.list.d/$n.sources"
done
: >"$aptdir/sources.list"
for f in "$list" "$parts"*.list; do
	[ -f "$f" ] || continue
	sed -nE 's/^[[:space:]]*deb([[:space:]])/deb-src\1/p' "$f" >>"$aptdir/sources.list"
done
apt_opts=(
	-o "Dir::Etc::SourceList=$aptdir/sources.list"
	-o "Dir::Etc::SourceParts=$aptdir/sources.list.d"
	-o "Dir::State::Lists=$aptdir/lists"
	-o "Dir::Cache=$aptdir/cache"
	-o "APT::Sandbox::User=root"
)
echo "== private apt sources:"
cat "$aptdir/sources.list" "$aptdir"/sources.list.d/*.sources 2>/dev/null || true
apt-get "${apt_opts[@]}" update || fail "apt-get update of the deb-src lists failed"

# The source package, unpacked with Debian's patches applied: the wanted
# version, else each one the lists name, newest first (a version the lists
# name may not be downloadable, e.g. when a mirror holds no security sources).
versions=$(apt-cache "${apt_opts[@]}" showsrc --only-source php8.2 | sed -n 's/^Version: //p' | sort -rV) || true
[ -n "$versions" ] || fail "the deb-src lists name no php8.2 source"
got=
for v in $want $(grep -vxF "$want" <<<"$versions"); do
	rm -rf "$src"
	mkdir -p "$src"
	echo "== apt-get source php8.2=$v"
	if (cd "$src" && apt-get "${apt_opts[@]}" source "php8.2=$v"); then
		got=$v
		break
	fi
	echo "note: php8.2 $v cannot be fetched"
done
[ -n "$got" ] || fail "apt-get source php8.2 failed for every version ($want $versions)"
tree=$(find "$src" -mindepth 1 -maxdepth 1 -type d -name 'php8.2-*' | head -n 1)
if [ -z "$tree" ] || [ ! -f "$tree/configure.ac" ]; then
	fail "no php8.2 source tree in $src"
fi
echo "== php8.2 $got in $tree"

cd "$tree"
# Debian's patches touch configure.ac and m4 files: configure is made anew.
./buildconf --force || fail "buildconf failed"
echo "== ./configure ${configure_args[*]}"
./configure "${configure_args[@]}" || fail "configure failed"
make -j2 || fail "make failed"
rm -rf "$prefix"
make install || fail "make install failed"
# Debian's phpize copies libtool's and pkg-config's m4 files from
# $prefix/share/aclocal (/usr/share/aclocal for Debian's own PHP).
mkdir -p "$prefix/share/aclocal"
read -r -a libtool_files <<<"$(sed -n 's/^LIBTOOL_FILES="\(.*\)"$/\1/p' "$prefix/bin/phpize")"
for f in "${libtool_files[@]}"; do
	cp "/usr/share/aclocal/$f" "$prefix/share/aclocal/" || fail "/usr/share/aclocal/$f missing (apt-get install libtool pkg-config)"
done
"$prefix/bin/php" -n -r 'exit(PHP_ZTS && extension_loaded("posix") && extension_loaded("pcntl") ? 0 : 1);' \
	|| fail "the installed php is not ZTS with posix and pcntl"
printf '%s\nbuilt php8.2 source: %s\n' "$expected_stamp" "$got" >"$stamp"
complete || fail "the prefix is incomplete after make install"
cd "$base"
echo "$prefix" >&3
