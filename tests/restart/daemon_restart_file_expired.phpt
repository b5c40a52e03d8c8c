--TEST--
Restart signal, file store: a signal file whose 10-digit expiry has passed counts as absent (as Laravel's FileStore reads it), so a fresh file with the same value written while the daemon runs is a change and stops it with (0, "received_restart_signal")
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
$dir = qw_restart_dir();
qw_restart_rmdir($dir);
$file = "$dir/" . QW_RESTART_FILE;
mkdir(dirname($file), 0777, true);
file_put_contents($file, '1000000000i:1700000000;'); /* expired in 2001 */

$w = qw_test_worker();
$w->setCache(['driver' => 'file', 'path' => $dir]);
$r = qw_restart_daemon($w, function (int $pass) use ($file) {
    if ($pass === 3) {
        file_put_contents($file, '9999999999i:1700000000;');
        return true;
    }
    return false;
});
echo qw_restart_summary($r), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_rmdir(qw_restart_dir());
?>
--EXPECT--
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
