--TEST--
daemon() rejects an unknown option, a bad value (prefetch: 1 to 1000) or an empty queue with an error naming the key or argument, before running anything
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w);
$w->push('OkJob');
$calls = [
    ['redis', null, ['sleep' => 0, 'max_jobs' => 1, 'x' => 1]],
    ['redis', null, ['sleep' => -1, 'max_jobs' => 1]],
    ['redis', null, ['sleep' => 0, 'max_jobs' => 1, 'tries' => 'abc']],
    ['redis', null, ['sleep' => 0, 'max_jobs' => -1]],
    ['redis', null, ['sleep' => 0, 'max_time' => 'soon']],
    ['redis', null, ['sleep' => 0, 'stop_when_empty' => 'yes']],
    ['redis', '', ['sleep' => 0, 'max_jobs' => 1]],
    ['redis', null, ['sleep' => 0, 'prefetch' => 0]],
    ['redis', null, ['sleep' => 0, 'prefetch' => 1001]],
    ['redis', null, ['sleep' => 0, 'prefetch' => 2.5]],
];
foreach ($calls as [$connection, $queue, $options]) {
    try {
        $status = $w->daemon($connection, $queue, $options);
        echo "accepted ", json_encode([$queue, $options]), ", returned $status\n";
    } catch (ValueError | TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo $w->size(), " job still queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
ValueError: QWorker::daemon(): Argument #3 ($options) has an unknown key "x"
ValueError: QWorker::daemon(): Argument #3 ($options) key "sleep" must be greater than or equal to 0
ValueError: QWorker::daemon(): Argument #3 ($options) key "tries" must be a number, string given
ValueError: QWorker::daemon(): Argument #3 ($options) key "max_jobs" must be greater than or equal to 0
ValueError: QWorker::daemon(): Argument #3 ($options) key "max_time" must be a number, string given
TypeError: QWorker::daemon(): Argument #3 ($options) key "stop_when_empty" must be of type bool, string given
ValueError: QWorker::daemon(): Argument #2 ($queue) must not be empty
ValueError: QWorker::daemon(): Argument #3 ($options) key "prefetch" must be greater than 0
ValueError: QWorker::daemon(): Argument #3 ($options) key "prefetch" must be at most 1000
ValueError: QWorker::daemon(): Argument #3 ($options) key "prefetch" must be an integer
1 job still queued
