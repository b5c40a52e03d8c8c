#!/usr/bin/env bash
# tools/release/gen-stubs.sh: regenerates qworker_arginfo.h from
# qworker.stub.php with php-src's gen_stub.php (from php-dev). Offline,
# gen_stub.php cannot download PHP-Parser; Debian's php-parser package is
# linked where it looks for it. No variables.
set -euo pipefail
cd "$(dirname "$0")/../.."
gen=
for f in /usr/lib/php/*/build/gen_stub.php; do
	if [ -f "$f" ]; then
		gen=$f
		break
	fi
done
[ -n "$gen" ] || { echo "gen_stub.php not found: install php-dev" >&2; exit 1; }
# shellcheck disable=SC2016 # a literal $version in the sed pattern
version=$(sed -n 's/^ *\$version = "\([0-9.]*\)";/\1/p' "$gen" | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$gen" "$work/gen_stub.php"
if [ -d /usr/share/php/PhpParser ]; then
	mkdir -p "$work/PHP-Parser-$version/lib"
	ln -s /usr/share/php/PhpParser "$work/PHP-Parser-$version/lib/PhpParser"
fi
php "$work/gen_stub.php" -f qworker.stub.php
