--TEST--
Pause and restart reads off: without the pausable option (the default) or without a cache store the pause keys are not read and pause nothing; with restartable false (Queue::withoutInterruptionPolling()) a changed restart signal does not stop the daemon, and the store is not read at all when both are off
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();
$db1->cmd('SET', qwp_redis_key(qwp_key('default')), 'b:1;');

$w = qw_test_worker();
$w->setCache(qwp_redis_store());
qwp_push($w, ['default'], 1);
echo 'pausable not set: ', $w->daemon('redis', null, ['stop_when_empty' => true]), ' ', qwp_ran(), "\n";

$w = qw_test_worker();
qwp_push($w, ['default'], 1);
echo 'no cache store: ', $w->daemon('redis', null, ['stop_when_empty' => true, 'pausable' => true]), ' ', qwp_ran(), "\n";

$reads = 0;
$w = qw_test_worker();
$w->setCache(function (string $key) use (&$reads) {
    $reads++;
    return $key === 'illuminate:queue:restart' ? (string) $reads : true;
});
qwp_push($w, ['default'], 1);
$stops = [];
$w->on('stopping', function (int $status, string $reason) use (&$stops) { $stops[] = $reason; });
$w->daemon('redis', null, ['max_time' => 2, 'sleep' => 0.1, 'restartable' => false, 'pausable' => false]);
echo 'both off: ', qwp_ran(), ' stopped on ', implode(', ', $stops), ", store reads: $reads\n";
$stops = [];
$w->daemon('redis', null, ['max_time' => 2, 'sleep' => 0.1, 'restartable' => false, 'pausable' => true]);
echo 'restartable off, pausable: stopped on ', implode(', ', $stops), ', store read: ', $reads > 0 ? 'yes' : 'no', "\n";
$stops = [];
$w->daemon('redis', null, ['max_time' => 3, 'sleep' => 0.1]);
echo 'restartable (the default): stopped on ', implode(', ', $stops), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
pausable not set: 0 [default 1]
no cache store: 0 [default 1]
both off: [default 1] stopped on max_time_exceeded, store reads: 0
restartable off, pausable: stopped on max_time_exceeded, store read: yes
restartable (the default): stopped on received_restart_signal
