--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, $timeout = 1: the job is failed, the worker killed (137), the next job left queued: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'timeout', 8);
?>
--EXPECT--
same outcome
exit:
  137
effects:
  timeout: started attempt 1
  timeout: failed() Illuminate\Queue\MaxAttemptsExceededException
events:
  JobQueued
  JobQueued
  JobProcessing job=App\Jobs\Timeout attempts=1
  JobFailed job=App\Jobs\Timeout attempts=1 exception=Illuminate\Queue\MaxAttemptsExceededException
  WorkerStopping status=1
failed_jobs:
  redis/default App\Jobs\Timeout attempts=0: Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\Timeout has been attempted too many times or run too long. The job may have previously timed out.
redis:
  db0 queues:default: list [App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes]
