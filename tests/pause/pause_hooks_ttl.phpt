--TEST--
Pause hooks and TTL: a pause stored with a TTL (Queue::pauseFor(), SETEX) ends by itself; queue_paused fires once when the worker first finds the queue paused and queue_resumed once when it finds it resumed, each (connection, queue), after the popping hook and before the pop as Laravel 13 fires WorkerQueuePaused / WorkerQueueResumed; the queue runs within about a second of the expiry
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
qwp_push($w, ['a'], 1);
$db1->cmd('SETEX', qwp_redis_key(qwp_key('a')), '2', 'b:1;');
$expires = microtime(true) + 2;
$log = [];
foreach (['queue_paused', 'queue_resumed', 'popped'] as $event) {
    $w->on($event, function ($connection, $arg) use ($event, &$log) {
        $log[] = $event . ' ' . $connection . ' ' . ($arg instanceof QWorker\Job ? $arg->getQueue() : $arg);
    });
}
$popping = 0;
$w->on('popping', function () use (&$popping, &$log) {
    if ($popping++ === 0) {
        $log[] = 'popping (first)';
    }
});
$ranAt = null;
$w->on('after', function () use (&$ranAt) { $ranAt = microtime(true); });
$status = $w->daemon('redis', 'a,b', ['max_jobs' => 1, 'max_time' => 6, 'sleep' => 0.1, 'pausable' => true]);
echo "daemon: $status ", qwp_ran(), "\n";
echo implode("\n", $log), "\n";
ok('the job ran after the pause expired, within about a second', $ranAt !== null && $ranAt >= $expires - 0.01 && $ranAt - $expires < 1.6, [$ranAt, $expires]);
ok('many passes while paused, hooks once each', $popping > 5, $popping);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
daemon: 0 [a 1]
popping (first)
queue_paused redis a
queue_resumed redis a
popped redis a
ok - the job ran after the pause expired, within about a second
ok - many passes while paused, hooks once each
