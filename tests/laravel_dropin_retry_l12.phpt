--TEST--
Laravel 12 (Composer) drop-in, a job that throws once, then succeeds on its retry (--tries=3): the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'retry');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  retry: throws attempt 1
  retry: ran attempt 2
events:
  JobQueueing
  JobQueued
  WorkerStarting
  JobPopped job=App\Jobs\RetryThenSucceed attempts=1
  JobProcessing job=App\Jobs\RetryThenSucceed attempts=1
  JobExceptionOccurred job=App\Jobs\RetryThenSucceed attempts=1 exception=RuntimeException
  JobReleasedAfterException job=App\Jobs\RetryThenSucceed attempts=1
  JobAttempted job=App\Jobs\RetryThenSucceed attempts=1 exceptionOccurred=true
  JobPopped job=App\Jobs\RetryThenSucceed attempts=2
  JobProcessing job=App\Jobs\RetryThenSucceed attempts=2
  JobProcessed job=App\Jobs\RetryThenSucceed attempts=2
  JobAttempted job=App\Jobs\RetryThenSucceed attempts=2 exceptionOccurred=false
  WorkerStopping status=0 reason=empty
failed_jobs:
redis:
