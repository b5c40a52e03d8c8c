--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a job that throws once, then succeeds on its retry (--tries=3): the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'retry', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  retry: throws attempt 1
  retry: ran attempt 2
events:
  JobQueued
  JobProcessing job=App\Jobs\RetryThenSucceed attempts=1
  JobExceptionOccurred job=App\Jobs\RetryThenSucceed attempts=1 exception=RuntimeException
  JobProcessing job=App\Jobs\RetryThenSucceed attempts=2
  JobProcessed job=App\Jobs\RetryThenSucceed attempts=2
  WorkerStopping status=0
failed_jobs:
redis:
