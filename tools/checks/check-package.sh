#!/bin/bash
# Checks that package.xml (what `pecl package` ships) matches the repository:
#  - every source file (qworker.c, top-level *.h, src/**, config.m4, config.w32,
#    *.stub.php) and every test file (tests/**) that git knows of, tracked or
#    untracked-but-not-ignored, is listed, with role "src" / "test";
#  - every file package.xml lists exists;
#  - the rest of the tools/release/package-xml.php rules hold (docs, excluded dirs);
#  - the release version equals PHP_QWORKER_VERSION in php_qworker.h;
#  - config.w32 builds the same src/ files as config.m4;
#  - `pecl package-validate package.xml` reports no error (when pecl exists).
# Prints "check-package: ok" and exits 0, or names each problem and exits 1.
# Fix a stale file list with: php tools/release/package-xml.php
# shellcheck disable=SC2016 # the PHP code in single quotes is meant for php -r
set -u
cd "$(dirname "$0")/../.." || exit 1

problems=0
problem() {
	echo "check-package: $*" >&2
	problems=$((problems + 1))
}

command -v php >/dev/null 2>&1 || { echo "check-package: php not found" >&2; exit 1; }
[ -f package.xml ] || { echo "check-package: package.xml does not exist" >&2; exit 1; }
known=$(git ls-files --cached --others --exclude-standard 2>/dev/null) ||
	{ echo "check-package: git ls-files failed (not a git checkout?)" >&2; exit 1; }

# "name<TAB>role" for every <file> in <contents>.
listed=$(php -r '
	libxml_use_internal_errors(true);
	$doc = new DOMDocument();
	if (!$doc->load("package.xml")) {
		foreach (libxml_get_errors() as $e) {
			fwrite(STDERR, "check-package: package.xml: line {$e->line}: " . trim($e->message) . "\n");
		}
		exit(1);
	}
	$xp = new DOMXPath($doc);
	$xp->registerNamespace("p", "http://pear.php.net/dtd/package-2.0");
	foreach ($xp->query("//p:contents//p:file") as $f) {
		$path = "";
		for ($d = $f->parentNode; $d instanceof DOMElement && $d->localName === "dir"; $d = $d->parentNode) {
			$n = trim($d->getAttribute("name"), "/");
			$path = $n === "" ? $path : "$n/$path";
		}
		echo $path . ltrim($f->getAttribute("name"), "/"), "\t", $f->getAttribute("role"), "\n";
	}
') || { echo "check-package: package.xml is not well-formed XML" >&2; exit 1; }

listed_role() { # path -> role, empty when not listed
	printf '%s\n' "$listed" | awk -F '\t' -v p="$1" '$1 == p { print $2; exit }'
}

# 1. Sources and tests git knows of are listed, with the right role.
while IFS= read -r f; do
	if [ -z "$f" ] || [ ! -f "$f" ]; then
		continue # a tracked file deleted in the work tree
	fi
	case "$f" in
	tests/*) want="test" ;;
	qworker.c | config.m4 | config.w32 | *.stub.php | src/*) want=src ;;
	*/*) continue ;;
	*.h) want=src ;;
	*) continue ;;
	esac
	role=$(listed_role "$f")
	if [ -z "$role" ]; then
		problem "$f is missing from package.xml (run: php tools/release/package-xml.php)"
	elif [ "$role" != "$want" ]; then
		problem "$f has role \"$role\" in package.xml, expected \"$want\""
	fi
done <<EOF
$known
EOF

# 2. Everything listed exists.
while IFS="$(printf '\t')" read -r f role; do
	[ -n "$f" ] || continue
	[ -f "$f" ] || problem "package.xml lists $f, which does not exist"
done <<EOF
$listed
EOF

# 3. The remaining rules of tools/release/package-xml.php (docs, excluded files).
if [ "$problems" -eq 0 ]; then
	php tools/release/package-xml.php --check 2>&1 | sed 's/^package-xml: /check-package: /' >&2
	[ "${PIPESTATUS[0]}" -eq 0 ] || problems=$((problems + 1))
fi

# 4. Release version == the version the extension reports.
xml_version=$(php -r '
	$x = simplexml_load_file("package.xml");
	echo (string) $x->version->release;')
c_version=$(sed -n 's/^#define PHP_QWORKER_VERSION "\(.*\)"/\1/p' php_qworker.h)
if [ "$xml_version" != "$c_version" ]; then
	problem "package.xml release version \"$xml_version\" differs from PHP_QWORKER_VERSION \"$c_version\" in php_qworker.h"
fi

# 5. config.w32 builds the same sources as config.m4.
# Every *.c named in config.m4 outside comments (the source list may be
# inline in PHP_NEW_EXTENSION or in a shell variable).
m4_srcs=$(grep -Ev '^[[:space:]]*(dnl|#)' config.m4 | grep -Eo '[A-Za-z0-9_/.-]+\.c\b' | sort -u)
w32_srcs=$( (sed -n 's/.*EXTENSION("qworker", *"\([^"]*\)".*/\1/p' config.w32
	sed -n '/ADD_SOURCES/,/;/p' config.w32 | grep -o '"[^"]*\.c[^"]*"' | tr -d '"' | tr ' ' '\n' | sed 's#^#src/#') |
	tr ' ' '\n' | grep '\.c$' | sort -u)
if [ "$m4_srcs" != "$w32_srcs" ]; then
	for f in $(comm -23 <(printf '%s\n' "$m4_srcs") <(printf '%s\n' "$w32_srcs")); do
		problem "config.m4 builds $f but config.w32 does not"
	done
	for f in $(comm -13 <(printf '%s\n' "$m4_srcs") <(printf '%s\n' "$w32_srcs")); do
		problem "config.w32 builds $f but config.m4 does not"
	done
fi

# 6. PEAR's own validation. It exits 0 even on errors, so read its summary.
if command -v pecl >/dev/null 2>&1; then
	out=$(pecl package-validate package.xml 2>&1)
	summary=$(printf '%s\n' "$out" | sed -n 's/^Validation: \([0-9]*\) error(s), \([0-9]*\) warning(s)$/\1 \2/p')
	# A release date that is not today is expected between releases.
	other_warnings=$(printf '%s\n' "$out" | grep -i '^warning' | grep -v 'Release Date .* is not today')
	if [ -z "$summary" ] || [ "${summary% *}" != 0 ] || [ -n "$other_warnings" ]; then
		problem "pecl package-validate package.xml failed:"
		printf '%s\n' "$out" | sed 's/^/  /' >&2
	fi
fi

if [ "$problems" -ne 0 ]; then
	echo "check-package: FAILED ($problems problem(s))" >&2
	exit 1
fi
echo "check-package: ok"
