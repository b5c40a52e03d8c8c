--TEST--
A job already past its tries fails before it runs with MaxAttemptsExceeded; the payload's maxTries beats the option; tries 0 is unlimited
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
qw_observe($w);

echo "-- attempts 4 > tries 3: failed without running\n";
$w->pushRaw(json_encode(['uuid' => 'u1', 'displayName' => 'App\Jobs\Slow', 'job' => 'OkJob', 'data' => 1, 'attempts' => 3]));
$job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 3]);
var_dump($job->attempts(), $job->hasFailed(), $job->isDeleted());

echo "-- payload maxTries 5 beats tries 3\n";
$w->pushRaw(json_encode(['job' => 'OkJob', 'maxTries' => 5, 'data' => 2, 'attempts' => 3]));
$w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 3]);

echo "-- tries 0: unlimited\n";
$w->pushRaw(json_encode(['job' => 'OkJob', 'data' => 3, 'attempts' => 99]));
$w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 0]);

echo "-- payload maxTries 0 is unlimited too\n";
$w->pushRaw(json_encode(['job' => 'OkJob', 'maxTries' => 0, 'data' => 4, 'attempts' => 99]));
$w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 1]);
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- attempts 4 > tries 3: failed without running
failer redis default QWorker\MaxAttemptsExceededException: App\Jobs\Slow has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: App\Jobs\Slow has been attempted too many times or run too long. The job may have previously timed out.
int(4)
bool(true)
bool(true)
-- payload maxTries 5 beats tries 3
OkJob::fire 2 attempt 4
-- tries 0: unlimited
OkJob::fire 3 attempt 100
-- payload maxTries 0 is unlimited too
OkJob::fire 4 attempt 100
array(0) {
}
