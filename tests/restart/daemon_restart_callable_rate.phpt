--TEST--
Restart signal, callable store: an unchanging value never stops the daemon (it ends on max_time) and is read at start and then at most once a second, not on every pass (sleep 0.1: ~20 passes in 2 s)
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();

$calls = [];
$w = qw_test_worker();
$w->setCache(function () use (&$calls) {
    $calls[] = microtime(true);
    return '1700000000';
});
$r = qw_restart_daemon($w, null, ['max_time' => 2]);
printf("daemon() returned %d, stopping: [%s], passes > 10: %s\n", $r['status'], implode(', ', $r['stops']), $r['idle'] > 10 ? 'yes' : "no ({$r['idle']})");
echo "reads: ", count($calls) >= 2 && count($calls) <= 4 ? '2 to 4' : count($calls), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
daemon() returned 0, stopping: [0 max_time_exceeded], passes > 10: yes
reads: 2 to 4
