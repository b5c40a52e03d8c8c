--TEST--
Restart signal, file store: no signal file at start (the directory does not even exist), QWorker::restart() creates it on the 2nd idle pass: absent -> present is a change, the daemon stops with status 0 and (0, "received_restart_signal")
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
$dir = qw_restart_dir();
qw_restart_rmdir($dir);
$store = ['driver' => 'file', 'path' => "$dir/framework/cache/data"];

$w = qw_test_worker();
$w->setCache($store);
$r = qw_restart_daemon($w, function (int $pass) use ($store) {
    if ($pass === 2) {
        QWorker::restart($store);
        echo "pass 2: written ", implode(' ', qw_restart_files(qw_restart_dir())), "\n";
        return true;
    }
    return false;
});
echo qw_restart_summary($r), "\n";
echo "idle passes before the write: ", $r['idle'] - $r['idle_after_write'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_rmdir(qw_restart_dir());
?>
--EXPECT--
pass 2: written framework/cache/data/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
idle passes before the write: 2
