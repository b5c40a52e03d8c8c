--TEST--
Integer options are read exactly, without a detour through a double: tries, memory, timeout, max_time, max_jobs and stop_when_empty_for at PHP_INT_MAX (or PHP_INT_MAX - 1, which a double rounds to 2**63) mean no practical limit in runNextJob() and daemon(); a float or numeric string beyond the integer range (9.3e18, 2**63) is refused with a ValueError naming the key
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);

echo "-- runNextJob: the job runs whatever the huge tries\n";
$tries = [
    'int PHP_INT_MAX' => PHP_INT_MAX,
    'int PHP_INT_MAX - 1' => PHP_INT_MAX - 1,
    'string PHP_INT_MAX' => (string) PHP_INT_MAX,
    'string 2**53 + 1' => '9007199254740993',
    'int 2**53 + 1' => 2 ** 53 + 1,
    'float 9.2e18' => 9.2e18,
    'string "9.2e18"' => '9.2e18',
];
foreach ($tries as $label => $n) {
    $w->push('OkJob', $label);
    $job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => $n, 'memory' => $n, 'timeout' => $n,
        'max_jobs' => $n, 'max_time' => $n, 'stop_when_empty_for' => $n]);
    echo "  $label: ", $job && $job->isDeleted() ? 'ran' : 'NOT run', "\n";
}

echo "-- daemon: huge limits do not stop it; max_jobs does\n";
for ($i = 1; $i <= 3; $i++) {
    $w->push('OkJob', $i);
}
$status = $w->daemon('redis', null, ['sleep' => 0, 'tries' => PHP_INT_MAX, 'memory' => PHP_INT_MAX, 'timeout' => PHP_INT_MAX,
    'max_time' => PHP_INT_MAX, 'stop_when_empty_for' => PHP_INT_MAX, 'max_jobs' => 2]);
echo "status $status, ", $w->size(), " job left\n";

echo "-- daemon: max_jobs PHP_INT_MAX - 1 does not stop it; the empty queue does\n";
$w->push('OkJob', 4);
$status = $w->daemon('redis', null, ['sleep' => 0, 'memory' => PHP_INT_MAX - 1, 'max_jobs' => PHP_INT_MAX - 1,
    'stop_when_empty' => true]);
echo "status $status, ", $w->size(), " job left\n";

echo "-- beyond the integer range: refused\n";
$bad = [
    ['tries' => 9.3e18],
    ['memory' => 9.3e18],
    ['max_jobs' => 2.0 ** 63],
    ['max_time' => '9223372036854775808'],
    ['timeout' => '9.3e18'],
    ['stop_when_empty_for' => 1e300],
    ['tries' => -9.3e18],
];
foreach ($bad as $options) {
    foreach (['runNextJob', 'daemon'] as $method) {
        try {
            $w->$method('redis', null, $options + ['sleep' => 0, 'stop_when_empty' => true]);
            echo "  accepted ", var_export($options, true), "\n";
        } catch (ValueError | TypeError $e) {
            echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
echo $w->size(), " job queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- runNextJob: the job runs whatever the huge tries
OkJob::fire "int PHP_INT_MAX" attempt 1
  int PHP_INT_MAX: ran
OkJob::fire "int PHP_INT_MAX - 1" attempt 1
  int PHP_INT_MAX - 1: ran
OkJob::fire "string PHP_INT_MAX" attempt 1
  string PHP_INT_MAX: ran
OkJob::fire "string 2**53 + 1" attempt 1
  string 2**53 + 1: ran
OkJob::fire "int 2**53 + 1" attempt 1
  int 2**53 + 1: ran
OkJob::fire "float 9.2e18" attempt 1
  float 9.2e18: ran
OkJob::fire "string \"9.2e18\"" attempt 1
  string "9.2e18": ran
-- daemon: huge limits do not stop it; max_jobs does
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
status 0, 1 job left
-- daemon: max_jobs PHP_INT_MAX - 1 does not stop it; the empty queue does
OkJob::fire 3 attempt 1
OkJob::fire 4 attempt 1
status 0, 0 job left
-- beyond the integer range: refused
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "tries" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "tries" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "memory" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "memory" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "max_jobs" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "max_jobs" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "max_time" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "max_time" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "timeout" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "timeout" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "stop_when_empty_for" must be at most 9223372036854775807
  ValueError: QWorker::daemon(): Argument #3 ($options) key "stop_when_empty_for" must be at most 9223372036854775807
  ValueError: QWorker::runNextJob(): Argument #3 ($options) key "tries" must be greater than or equal to 0
  ValueError: QWorker::daemon(): Argument #3 ($options) key "tries" must be greater than or equal to 0
0 job queued
