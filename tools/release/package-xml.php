<?php
/*
 * Regenerates the <contents> block of package.xml (the files `pecl package`
 * puts in the tarball) from the files git knows of: tracked files plus
 * untracked ones that are not ignored. Everything else in package.xml is kept.
 * When the file list changes, or on a new day, <date> and <time> are set to now
 * (UTC); otherwise package.xml is left byte for byte as it was.
 *
 *   php tools/release/package-xml.php          rewrite package.xml
 *   php tools/release/package-xml.php --check  change nothing; exit 1 and name the
 *                                              files if <contents> is out of date
 *
 * What ships, with which role:
 *   tests/**                                         test
 *   *.c *.h config.m4 config.w32 *.stub.php Makefile.frag   src
 *   README*, LICENSE*, CHANGELOG*, NEWS, CREDITS, *.md       doc
 *   anything else that is not excluded              src (with a note on stderr)
 * Never shipped: .ci/ .git* scripts/ tools/ bench/ laravel/ (the Composer package,
 * released on its own), other top-level dotfiles, package.xml itself.
 */

declare(strict_types=1);

const QW_EXCLUDED_DIRS = ['.ci', 'scripts', 'tools', 'bench', 'laravel'];

/** The role a file ships with, or null when it does not ship. */
function qw_role(string $path, bool $warn = true): ?string
{
    $parts = explode('/', $path);
    $top = $parts[0];
    if (count($parts) > 1 && in_array($top, QW_EXCLUDED_DIRS, true)) {
        return null;
    }
    foreach ($parts as $part) {
        if (str_starts_with($part, '.git')) {
            return null;
        }
    }
    if ($top[0] === '.') {
        return null; /* .editorconfig, .clang-format, .github/, ... */
    }
    if ($path === 'package.xml' || preg_match('/^qworker-[0-9].*\.tgz$/', $path)) {
        return null;
    }
    if ($top === 'tests' && count($parts) > 1) {
        return 'test';
    }
    $base = end($parts);
    if (preg_match('/\.(c|h)$/', $base) || str_ends_with($base, '.stub.php')
        || in_array($base, ['config.m4', 'config.w32', 'config0.m4', 'Makefile.frag', 'Makefile.frag.w32'], true)) {
        return 'src';
    }
    if (preg_match('/^(README|LICENSE|COPYING|CHANGELOG|NEWS|CREDITS|UPGRADING)(\..*)?$/i', $base)
        || str_ends_with($base, '.md') || $top === 'docs' || $top === 'doc') {
        return 'doc';
    }
    if ($warn) {
        fwrite(STDERR, "package-xml: note: $path has no known role; shipped as src\n");
    }
    return 'src';
}

/** Files git knows of (tracked, or untracked and not ignored) that exist. */
function qw_git_files(string $root): array
{
    $cmd = 'git -C ' . escapeshellarg($root) . ' ls-files -z --cached --others --exclude-standard';
    $out = shell_exec($cmd);
    if (!is_string($out)) {
        fwrite(STDERR, "package-xml: `git ls-files` failed; run it in the qworker git checkout\n");
        exit(2);
    }
    $files = [];
    foreach (explode("\0", $out) as $f) {
        if ($f !== '' && is_file("$root/$f")) {
            $files[$f] = true; /* keys: a tracked file may be listed twice while merging */
        }
    }
    $files = array_keys($files);
    sort($files, SORT_STRING);
    return $files;
}

/** path => role for everything that ships. */
function qw_expected(string $root, bool $warn = true): array
{
    $want = [];
    foreach (qw_git_files($root) as $f) {
        $role = qw_role($f, $warn);
        if ($role !== null) {
            $want[$f] = $role;
        }
    }
    return $want;
}

/** path => role as package.xml lists it now. */
function qw_listed(string $xml): array
{
    $listed = [];
    if (preg_match('#<contents>(.*?)</contents>#s', $xml, $m)) {
        preg_match_all('#<file\b[^>]*>#', $m[1], $files);
        foreach ($files[0] as $tag) {
            preg_match('#\bname="([^"]*)"#', $tag, $n);
            preg_match('#\brole="([^"]*)"#', $tag, $r);
            $listed[html_entity_decode($n[1] ?? '', ENT_QUOTES | ENT_XML1)] = $r[1] ?? '';
        }
    }
    return $listed;
}

function qw_contents_block(array $want): string
{
    /* Group by role (sources, then docs, then tests), sorted within a group. */
    $order = ['src' => 0, 'doc' => 1, 'test' => 2];
    uksort($want, function (string $a, string $b) use ($want, $order): int {
        return [$order[$want[$a]] ?? 3, $a] <=> [$order[$want[$b]] ?? 3, $b];
    });
    $out = " <contents>\n  <dir name=\"/\">\n";
    foreach ($want as $path => $role) {
        $out .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n",
            htmlspecialchars($path, ENT_QUOTES | ENT_XML1), $role);
    }
    return $out . "  </dir>\n </contents>";
}

$root = dirname(__DIR__, 2);
$check = in_array('--check', array_slice($argv, 1), true);
$pkg = "$root/package.xml";
$xml = file_get_contents($pkg);
if ($xml === false || !preg_match('#^ <contents>.*?</contents>#ms', $xml)) {
    fwrite(STDERR, "package-xml: $pkg is missing or has no <contents> block\n");
    exit(2);
}

$want = qw_expected($root, !$check);
$listed = qw_listed($xml);

if ($check) {
    $bad = [];
    foreach ($want as $f => $role) {
        if (!isset($listed[$f])) {
            $bad[] = "$f is not listed in package.xml";
        } elseif ($listed[$f] !== $role) {
            $bad[] = "$f is listed with role \"{$listed[$f]}\", expected \"$role\"";
        }
    }
    foreach ($listed as $f => $role) {
        if (!isset($want[$f])) {
            $bad[] = is_file("$root/$f") ? "$f is listed in package.xml but must not ship"
                                         : "$f is listed in package.xml but does not exist";
        }
    }
    foreach ($bad as $line) {
        fwrite(STDERR, "package-xml: $line\n");
    }
    if ($bad) {
        fwrite(STDERR, "package-xml: run php tools/release/package-xml.php to update package.xml\n");
        exit(1);
    }
    exit(0);
}

$new = preg_replace_callback('#^ <contents>.*?</contents>#ms',
    fn() => qw_contents_block($want), $xml, 1);

$now = new DateTimeImmutable('now', new DateTimeZone('UTC'));
$today = $now->format('Y-m-d');
preg_match('#<date>([^<]*)</date>#', $new, $d);
if ($new !== $xml || ($d[1] ?? '') !== $today) {
    /* Only the release's own date/time (the first ones, before <version>). */
    $new = preg_replace('#<date>[^<]*</date>#', "<date>$today</date>", $new, 1);
    $new = preg_replace('#<time>[^<]*</time>#', '<time>' . $now->format('H:i:s') . '</time>', $new, 1);
}

if ($new === $xml) {
    echo "package-xml: package.xml is up to date (" . count($want) . " files)\n";
    exit(0);
}
file_put_contents($pkg, $new);
$added = array_diff_key($want, $listed);
$removed = array_diff_key($listed, $want);
foreach (array_keys($added) as $f) {
    echo "package-xml: + $f\n";
}
foreach (array_keys($removed) as $f) {
    echo "package-xml: - $f\n";
}
echo "package-xml: wrote package.xml (" . count($want) . " files)\n";
