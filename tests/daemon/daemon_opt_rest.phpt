--TEST--
daemon() sleeps the 'rest' option after each job it processed (the last one too, before the stop checks), and not after empty passes
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qwa_hooks($w, ['before', 'after', 'idle', 'stopping']);
$w->push('OkJob', 1);
$w->push('OkJob', 2);
$t = microtime(true);
$status = $w->daemon('redis', null, ['sleep' => 0, 'rest' => 0.5, 'max_jobs' => 2]);
$end = microtime(true);
var_dump($status);
$ht = $GLOBALS['hook_times'];
ok('rested 0.5 s between the jobs', $ht['before'][1] - $ht['after'][0] >= 0.48, $ht['before'][1] - $ht['after'][0]);
ok('rested 0.5 s after the last job', $ht['stopping'][0] - $ht['after'][1] >= 0.48, $ht['stopping'][0] - $ht['after'][1]);
ok('no more than that', $end - $t < 1.0 + 1.5 * qwa_slow(), $end - $t);

echo "-- no rest after an empty pass\n";
qwa_reset();
$t = microtime(true);
$status = $w->daemon('redis', null, ['sleep' => 0, 'rest' => 5, 'stop_when_empty' => true]);
var_dump($status);
ok('returned at once', microtime(true) - $t < 2 * qwa_slow(), microtime(true) - $t);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
before 'redis', Job(OkJob@default#1)
OkJob::fire 1 attempt 1
after 'redis', Job(OkJob@default#1)
before 'redis', Job(OkJob@default#1)
OkJob::fire 2 attempt 1
after 'redis', Job(OkJob@default#1)
stopping 0, 'max_jobs_exceeded'
int(0)
ok - rested 0.5 s between the jobs
ok - rested 0.5 s after the last job
ok - no more than that
-- no rest after an empty pass
idle 'redis', 'default'
stopping 0, 'queue_empty'
int(0)
ok - returned at once
