--TEST--
retryUntil (or 8.x's timeoutAt) replaces the tries limit: past it the job fails before running, before it an exception releases the job
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
qw_observe($w);

echo "-- retryUntil passed\n";
$w->push('OkJob', 1, null, ['retryUntil' => time() - 10]);
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->hasFailed(), $job->retryUntil() < time());

echo "-- timeoutAt passed\n";
$w->pushRaw(json_encode(['job' => 'OkJob', 'timeoutAt' => time() - 10, 'data' => 2, 'attempts' => 0]));
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->hasFailed());

echo "-- retryUntil ahead: attempts past tries still run, and an exception releases\n";
$w->pushRaw(json_encode(['job' => 'ThrowingJob', 'retryUntil' => time() + 3600, 'maxTries' => 1, 'data' => 3, 'attempts' => 5]));
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->isReleased(), $job->hasFailed());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- retryUntil passed
failer redis default QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times or run too long. The job may have previously timed out.
bool(true)
bool(true)
-- timeoutAt passed
failer redis default QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times or run too long. The job may have previously timed out.
bool(true)
-- retryUntil ahead: attempts past tries still run, and an exception releases
ThrowingJob::fire attempt 6
report RuntimeException: boom 6
bool(true)
bool(false)
