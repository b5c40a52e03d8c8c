--TEST--
Restart signal, file store under open_basedir: a cache directory outside it is refused as Laravel's FileStore is refused there: QWorker::restart() throws a QWorker\Exception naming open_basedir (Laravel's queue:restart fails too), and the daemon reads no signal from it (as FileStore::get() gives null), with no warning per check; inside open_basedir both work as before
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
$base = qw_restart_dir('basedir');
qw_restart_rmdir($base);
mkdir("$base/inside", 0777, true);
mkdir("$base/outside", 0777, true);
$inside = ['driver' => 'file', 'path' => "$base/inside/cache"];
$outside = ['driver' => 'file', 'path' => "$base/outside/cache"];

/* Both signals exist before open_basedir is set. */
QWorker::restart($inside);
QWorker::restart($outside);
$files = ['inside' => "$base/inside/cache/" . QW_RESTART_FILE, 'outside' => "$base/outside/cache/" . QW_RESTART_FILE];
$w = qw_test_worker();
var_dump(ini_set('open_basedir', "$base/inside") !== false);

/* Writing: refused outside, with the reason; inside, the directories are made as before. */
try {
    QWorker::restart($outside);
    echo "outside: written\n";
} catch (QWorker\Exception $e) {
    echo get_class($e), ": ", str_replace($base, 'BASE', $e->getMessage()), "\n";
}
$t = QWorker::restart(['driver' => 'file', 'path' => "$base/inside/fresh"]);
var_dump(file_get_contents("$base/inside/fresh/" . QW_RESTART_FILE) === "9999999999i:$t;");

/* Reading: another process changes the signal on the 2nd idle pass; only the one inside is seen. */
foreach (['inside' => $inside, 'outside' => $outside] as $where => $store) {
    $file = $files[$where];
    $w->setCache($store);
    $r = qw_restart_daemon($w, function (int $pass) use ($file) {
        if ($pass !== 2) {
            return false;
        }
        shell_exec('printf %s ' . escapeshellarg('9999999999i:' . (time() + 1000) . ';') . ' > ' . escapeshellarg($file));
        return true;
    }, ['max_time' => 2]);
    echo "$where: ", implode(', ', $r['stops']), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_rmdir(qw_restart_dir('basedir'));
?>
--EXPECT--
bool(true)
QWorker\Exception: cannot write the restart signal to BASE/outside/cache/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90: open_basedir restriction in effect
bool(true)
inside: 0 received_restart_signal
outside: 0 max_time_exceeded
