--TEST--
Restart signal, file store: a signal file already there when daemon() starts does not stop it, nor does rewriting it with the same content; only a different value does (after 1.5 s of passes)
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
$dir = qw_restart_dir();
qw_restart_rmdir($dir);
$store = ['driver' => 'file', 'path' => $dir];
$file = "$dir/" . QW_RESTART_FILE;
$old = QWorker::restart($store); /* present before start */

$w = qw_test_worker();
$w->setCache($store);
$t0 = null;
$rewrote = false;
$r = qw_restart_daemon($w, function (int $pass) use (&$t0, &$rewrote, $file, $old) {
    $t0 ??= microtime(true);
    $elapsed = microtime(true) - $t0;
    if (!$rewrote && $elapsed >= 0.7) {
        file_put_contents($file, "9999999999i:$old;"); /* same value again */
        $rewrote = true;
    }
    if ($elapsed >= 1.5) {
        file_put_contents($file, '9999999999i:' . ($old + 1) . ';');
        return true;
    }
    return false;
});
echo "same value rewritten: ", $rewrote ? 'yes' : 'no', "\n";
echo qw_restart_summary($r), "\n";
echo "ran 1.5 s before the change: ", $r['seconds'] - $r['after_write'] >= 1.5 ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_rmdir(qw_restart_dir());
?>
--EXPECT--
same value rewritten: yes
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
ran 1.5 s before the change: yes
