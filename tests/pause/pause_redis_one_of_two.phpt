--TEST--
Pause, Redis store: with pausable, a queue whose illuminate:queue:paused:redis:QUEUE key holds true (b:1;) is not popped while the other queue of the list runs; its jobs stay queued, and run once the key is gone; a key of another connection pauses nothing
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();

$w = qw_test_worker();
$w->setCache(qwp_redis_store());
qwp_push($w, ['high', 'low']);
$db1->cmd('SET', qwp_redis_key(qwp_key('high')), 'b:1;');
$db1->cmd('SET', qwp_redis_key(qwp_key('low', 'other')), 'b:1;');

$options = ['stop_when_empty' => true, 'sleep' => 0, 'pausable' => true];
echo 'daemon: ', $w->daemon('redis', 'high,low', $options), ' ', qwp_ran(), "\n";
echo 'left on high: ', $w->size('high'), ', on low: ', $w->size('low'), "\n";

$db1->cmd('DEL', qwp_redis_key(qwp_key('high')));
echo 'resumed: ', $w->daemon('redis', 'high,low', $options), ' ', qwp_ran(), "\n";
echo 'left on high: ', $w->size('high'), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
daemon: 0 [low 1, low 2]
left on high: 2, on low: 0
resumed: 0 [high 1, high 2]
left on high: 0
