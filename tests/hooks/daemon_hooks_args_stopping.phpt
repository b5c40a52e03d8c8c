--TEST--
stopping hook arguments added for Laravel 13: after the status and reason, the number of jobs popped, when the last one ended on the monotonic clock of hrtime() in seconds (null when none ran) and memory_get_usage(true) / 1024 / 1024 (an int when whole, as in PHP)
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
$args = null;
$w->on('stopping', function (...$a) use (&$args) {
    $args = $a;
    $args[] = memory_get_usage(true) / 1024 / 1024;
});
$w->on('after', function () use (&$ended) {
    $ended = hrtime(true) / 1e9;
});

echo "-- no job\n";
$w->daemon('conn', null, ['sleep' => 0, 'stop_when_empty' => true]);
[$status, $reason, $jobs, $last, $memory, $expected] = $args;
var_dump($status, $reason, $jobs, $last);
ok('memory in MB', $memory === $expected, [$memory, $expected]);

echo "-- three jobs\n";
foreach ([1, 2, 3] as $i) {
    $w->push('OkJob', $i);
}
$w->daemon('conn', null, ['sleep' => 0, 'max_jobs' => 3]);
[$status, $reason, $jobs, $last, $memory, $expected] = $args;
var_dump($status, $reason, $jobs);
ok('last job ended just after the last after hook, on hrtime\'s clock', is_float($last) && $last >= $ended && $last - $ended < 0.05, [$last, $ended]);
ok('memory in MB', $memory === $expected, [$memory, $expected]);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- no job
int(0)
string(11) "queue_empty"
int(0)
NULL
ok - memory in MB
-- three jobs
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
OkJob::fire 3 attempt 1
int(0)
string(17) "max_jobs_exceeded"
int(3)
ok - last job ended just after the last after hook, on hrtime's clock
ok - memory in MB
