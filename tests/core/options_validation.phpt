--TEST--
runNextJob() rejects unknown option keys and bad values with an error naming the key, before popping anything
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
$w->push('OkJob');
$bad = [
    ['slep' => 1],
    ['sleep' => -1],
    ['sleep' => 'soon'],
    ['tries' => 'abc'],
    ['tries' => 1.5],
    ['tries' => -2],
    ['memory' => -1],
    ['backoff' => 'x'],
    ['backoff' => '1,,2'],
    ['backoff' => -3],
    ['backoff' => [1, 'b']],
    ['stop_when_empty' => 'yes'],
    ['name' => 5],
    [0 => 'positional'],
];
foreach ($bad as $options) {
    try {
        $w->runNextJob('redis', null, $options);
        echo "accepted ", json_encode($options), "\n";
    } catch (ValueError | TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo $w->size(), " job still queued\n";
$job = $w->runNextJob('redis', null, ['sleep' => 0.0, 'rest' => '0', 'tries' => '2', 'backoff' => [1, 2], 'memory' => 64,
    'timeout' => 0, 'max_jobs' => 1, 'max_time' => 0, 'stop_when_empty' => true, 'stop_when_empty_for' => 0, 'force' => false, 'name' => 'w1']);
var_dump($job->isDeleted());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ValueError: QWorker::runNextJob(): Argument #3 ($options) has an unknown key "slep"
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "sleep" must be greater than or equal to 0
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "sleep" must be a number, string given
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "tries" must be a number, string given
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "tries" must be an integer
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "tries" must be greater than or equal to 0
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "memory" must be greater than or equal to 0
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "backoff" must be an integer or a comma-separated list of integers, "x" given
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "backoff" must be an integer or a comma-separated list of integers, "1,,2" given
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "backoff" must be greater than or equal to 0
ValueError: QWorker::runNextJob(): Argument #3 ($options) key "backoff" must hold integers greater than or equal to 0
TypeError: QWorker::runNextJob(): Argument #3 ($options) key "stop_when_empty" must be of type bool, string given
TypeError: QWorker::runNextJob(): Argument #3 ($options) key "name" must be of type string, int given
ValueError: QWorker::runNextJob(): Argument #3 ($options) has an unknown key "(integer)"
1 job still queued
OkJob::fire "" attempt 1
bool(true)
