--TEST--
daemon() with stop_when_empty processes every queued job (of every listed queue), then stops (0, "queue_empty") after the first pass that finds none
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['idle', 'stopping']);
$w->push('OkJob', 1);
$w->push('OkJob', 2, 'low');
$w->push('OkJob', 3);
$t = microtime(true);
var_dump($w->daemon('redis', 'default,low', ['sleep' => 0, 'stop_when_empty' => true]));
ok('at once', microtime(true) - $t < 2 * qwa_slow(), microtime(true) - $t);
var_dump(qw_test_keys());

echo "-- nothing queued\n";
var_dump($w->daemon('redis', 'default,low', ['sleep' => 0, 'stop_when_empty' => true]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
OkJob::fire 3 attempt 1
OkJob::fire 2 attempt 1
idle 'redis', 'default,low'
stopping 0, 'queue_empty'
int(0)
ok - at once
array(0) {
}
-- nothing queued
idle 'redis', 'default,low'
stopping 0, 'queue_empty'
int(0)
