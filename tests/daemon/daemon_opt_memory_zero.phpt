--TEST--
daemon() with memory 0 has no memory limit, as Laravel 12+'s --memory=0: the jobs run and the daemon stops on its other conditions (here an empty queue, 0); a negative memory is a ValueError
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
$w->push('OkJob', 1);
$w->push('OkJob', 2);
$status = $w->daemon('redis', null, ['memory' => 0, 'sleep' => 0, 'stop_when_empty' => true]);
echo "daemon() returned $status\n";
try {
    $w->daemon('redis', null, ['memory' => -1]);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
stopping 0, 'queue_empty'
daemon() returned 0
ValueError: QWorker::daemon(): Argument #3 ($options) key "memory" must be greater than or equal to 0
