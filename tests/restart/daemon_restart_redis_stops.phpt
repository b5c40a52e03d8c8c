--TEST--
Restart signal, redis store: a daemon whose signal key changes while it runs (an older value was there at start, QWorker::restart() writes a new one on the 3rd idle pass) stops after that pass: status 0, stopping hook (0, "received_restart_signal"), within ~1 s + a pass
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();

$store = qw_restart_redis_store();
/* What an earlier queue:restart left (Laravel 8.83: SET, plain number, no expiry). */
qw_restart_db1()->cmd('SET', qw_restart_key($store), '1600000000');

$w = qw_test_worker();
$w->setCache($store);
$r = qw_restart_daemon($w, function (int $pass) use ($store) {
    if ($pass === 3) {
        echo "pass 3: restart at ", QWorker::restart($store) > 1600000000 ? 'now' : '?', "\n";
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
qw_restart_cleanup_db1();
?>
--EXPECT--
pass 3: restart at now
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
idle passes before the write: 3
