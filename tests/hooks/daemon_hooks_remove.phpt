--TEST--
on($event, null) removes the hook of that event, and on() again replaces it: only the latest hook runs
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
$w->on('before', function () { echo "first before hook\n"; });
$w->on('before', function () { echo "second before hook\n"; });
$w->on('after', function () { echo "after hook\n"; });
$w->on('stopping', function ($status, $reason) { echo "stopping hook $reason\n"; });
$w->push('OkJob', 1);
$w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]);

echo "-- after and stopping removed\n";
$w->on('after', null);
$w->on('stopping', null);
$w->on('idle', null); /* removing a hook never set is fine */
$w->push('OkJob', 2);
$w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]);
$w->push('OkJob', 3);
$w->runNextJob('redis', null, ['sleep' => 0]);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
second before hook
OkJob::fire 1 attempt 1
after hook
stopping hook max_jobs_exceeded
-- after and stopping removed
second before hook
OkJob::fire 2 attempt 1
second before hook
OkJob::fire 3 attempt 1
