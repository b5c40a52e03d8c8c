#!/bin/bash
# Checks the PECL release end to end, leaving nothing behind:
#  1. `pecl package` in a temporary copy of the work tree (the files git
#     knows of) produces qworker-VERSION.tgz;
#  2. the tarball, extracted elsewhere, builds with phpize/configure/make and
#     the built qworker.so loads in `php -n` with no startup message and
#     reports the package version;
#  3. `pecl install` of the tarball, the hiredis prompt answered with Enter
#     (its default, autodetect: configure runs with a bare --with-qworker),
#     builds and installs it, the installed .so loads, and
#     `pecl uninstall qworker` removes it again.
# Every pecl command uses a PEAR configuration of its own whose directories
# (php_dir with the registry, doc_dir, test_dir, temp_dir, ...) all live in the
# temporary directory. pecl installs a built extension where the build's
# `make install` puts it, i.e. into `php-config --extension-dir`, not into
# ext_dir; so the configuration also sets php_suffix, which makes pecl run
# phpize-qwcheck and php-config-qwcheck, found in the private bin_dir that pecl
# puts first in PATH: the latter is php-config but for --extension-dir and
# --prefix, which point into the temporary directory. The system's extension
# directory and PEAR registry are never touched.
# Needs php, php-dev (phpize), php-pear (pecl), libhiredis-dev, pkg-config.
# Prints "check-pecl: ok" and exits 0, or says what failed and exits 1.
# shellcheck disable=SC2016 # PHP and sh code in single quotes, for php -r and the wrapper
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)

fail() {
	echo "check-pecl: $*" >&2
	exit 1
}
# fail_log LOGFILE MESSAGE: fail, showing the end of a log.
fail_log() {
	echo "check-pecl: $2 (last lines of its output follow)" >&2
	tail -n 40 "$1" | sed 's/^/  | /' >&2
	exit 1
}

for tool in php phpize php-config pecl pear git tar make; do
	command -v "$tool" >/dev/null 2>&1 ||
		fail "$tool not found (Debian: apt-get install php-cli php-dev php-pear libhiredis-dev pkg-config make)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/qworker-pecl.XXXXXX") || fail "mktemp failed"
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM HUP
jobs=$(nproc 2>/dev/null || echo 2)

version=$(cd "$root" && php -r '$x = simplexml_load_file("package.xml"); echo $x ? (string) $x->version->release : "";')
[ -n "$version" ] || fail "cannot read the release version from package.xml"
tgz="qworker-$version.tgz"

# An isolated PEAR setup: every directory pecl writes to is under $work/pear.
rc="$work/pearrc"
pear="$work/pear"
mkdir -p "$pear"
for key in php_dir ext_dir doc_dir test_dir data_dir cfg_dir www_dir man_dir bin_dir \
	cache_dir download_dir temp_dir metadata_dir; do
	# `pear` sets the global value; `pecl config-set` would set it for the
	# pecl.php.net channel only, which some of these keys cannot be.
	pear -c "$rc" config-set "$key" "$pear/$key" >/dev/null 2>&1 ||
		fail "pear -c $rc config-set $key failed"
	mkdir -p "$pear/$key"
done
# Wrappers that send pecl's `make install` to $pear/ext_dir (see the top).
real_php_config=$(command -v php-config)
real_phpize=$(command -v phpize)
printf '#!/bin/sh\ncase "$1" in\n--extension-dir) echo "%s" ;;\n--prefix) echo "%s" ;;\n*) exec "%s" "$@" ;;\nesac\n' \
	"$pear/ext_dir" "$pear" "$real_php_config" >"$pear/bin_dir/php-config-qwcheck"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$real_phpize" >"$pear/bin_dir/phpize-qwcheck"
chmod +x "$pear/bin_dir/php-config-qwcheck" "$pear/bin_dir/phpize-qwcheck"
{ pear -c "$rc" config-set php_suffix -qwcheck && pecl -c "$rc" config-set php_suffix -qwcheck; } >/dev/null 2>&1 ||
	fail "could not set php_suffix in $rc"
ipecl() { pecl -c "$rc" "$@"; }
[ "$(ipecl config-get ext_dir 2>/dev/null)" = "$pear/ext_dir" ] ||
	fail "could not give pecl a private configuration (ext_dir is $(ipecl config-get ext_dir 2>&1))"
[ -z "$(ipecl config-get php_ini 2>/dev/null)" ] ||
	fail "pecl's php_ini setting is set; pecl install would edit that php.ini"

# load_check SO LOG: the extension loads with no startup output and reports
# the package version.
load_check() {
	local so=$1 out
	[ -f "$so" ] || fail "$so was not built"
	out=$(php -n -d "extension=$so" -r 'exit(extension_loaded("qworker") ? 0 : 1);' 2>&1)
	local status=$?
	if [ $status -ne 0 ] || [ -n "$out" ]; then
		printf '%s\n' "$out" | sed 's/^/  | /' >&2
		fail "php -n -d extension=$so: qworker did not load cleanly (exit $status)"
	fi
	out=$(php -n -d "extension=$so" -r 'echo phpversion("qworker");' 2>&1)
	[ "$out" = "$version" ] || fail "$so reports version \"$out\", package.xml says \"$version\""
	php -n -d "extension=$so" --ri qworker >/dev/null 2>&1 || fail "php --ri qworker failed with $so"
}

# 1. pecl package, in a copy of the files git knows of.
mkdir "$work/copy"
(
	cd "$root" &&
		git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			[ -f "$f" ] || continue # tracked, but deleted in the work tree
			cp --parents -p -- "$f" "$work/copy/" || exit 1
		done
) || fail "copying the work tree to $work/copy failed"
[ -f "$work/copy/package.xml" ] || fail "package.xml is not in the copy (is it ignored by git?)"
(cd "$work/copy" && ipecl package package.xml) >"$work/package.log" 2>&1 ||
	fail_log "$work/package.log" "pecl package failed"
[ -f "$work/copy/$tgz" ] || fail_log "$work/package.log" "pecl package did not produce $tgz"
# A release date that is not today is expected between releases.
if grep -i 'warning' "$work/package.log" | grep -qv 'Release Date .* is not today'; then
	fail_log "$work/package.log" "pecl package warned"
fi
tar -tzf "$work/copy/$tgz" | grep -qx "qworker-$version/config.m4" ||
	fail "$tgz has no qworker-$version/config.m4"

# 2. Build the extracted tarball by hand.
mkdir "$work/build"
tar -xzf "$work/copy/$tgz" -C "$work/build" || fail "cannot extract $tgz"
(
	cd "$work/build/qworker-$version" &&
		phpize &&
		./configure --with-qworker &&
		make -j"$jobs"
) >"$work/build.log" 2>&1 || fail_log "$work/build.log" "phpize/configure/make of the extracted $tgz failed"
load_check "$work/build/qworker-$version/modules/qworker.so"

# 3. pecl install the tarball (the configure prompt gets an empty answer, so
# its default, autodetect), into the private PEAR directories; then uninstall.
sysext=$(php-config --extension-dir)
had_sys_so=no
[ -e "$sysext/qworker.so" ] && had_sys_so=yes
printf '\n' | ipecl install -f "$work/copy/$tgz" >"$work/install.log" 2>&1 ||
	fail_log "$work/install.log" "pecl install $tgz failed"
if ! grep -qF "hiredis install prefix (autodetect: " "$work/install.log" || ! grep -qF "[autodetect]" "$work/install.log"; then
	fail_log "$work/install.log" "pecl install did not prompt for the hiredis prefix with the default autodetect"
fi
grep -q "install ok: channel://pecl.php.net/qworker-$version" "$work/install.log" ||
	fail_log "$work/install.log" "pecl install did not report install ok"
grep -q "^running: .*/configure --with-php-config=$pear/bin_dir/php-config-qwcheck --with-qworker\$" "$work/install.log" ||
	fail_log "$work/install.log" "pecl install did not run configure with the private php-config and --with-qworker"
grep -q "^Installing '$pear/ext_dir/qworker.so'\$" "$work/install.log" ||
	fail_log "$work/install.log" "pecl install did not install $pear/ext_dir/qworker.so"
if [ "$had_sys_so" = no ] && [ -e "$sysext/qworker.so" ]; then
	rm -f "$sysext/qworker.so" # ours: it was not there before
	fail "pecl install wrote $sysext/qworker.so despite the private php-config (removed it)"
fi
load_check "$pear/ext_dir/qworker.so"
ipecl list 2>&1 | grep -q "^qworker  *$version " || fail "pecl list does not show qworker $version"
ipecl uninstall qworker >"$work/uninstall.log" 2>&1 ||
	fail_log "$work/uninstall.log" "pecl uninstall qworker failed"
[ ! -e "$pear/ext_dir/qworker.so" ] || fail "pecl uninstall left $pear/ext_dir/qworker.so behind"
if ipecl list 2>&1 | grep -q '^qworker '; then
	fail "pecl list still shows qworker after pecl uninstall"
fi

echo "check-pecl: ok"
