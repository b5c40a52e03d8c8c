--TEST--
Laravel 12 (Composer) drop-in, $timeout = 1: the job is failed, the worker killed (137), the next job left queued: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'timeout');
?>
--EXPECT--
same outcome
exit:
  137
effects:
  timeout: started attempt 1
  timeout: failed() Illuminate\Queue\TimeoutExceededException
events:
  JobQueueing
  JobQueued
  JobQueueing
  JobQueued
  WorkerStarting
  JobPopped job=App\Jobs\Timeout attempts=1
  JobProcessing job=App\Jobs\Timeout attempts=1
  JobFailed job=App\Jobs\Timeout attempts=1 exception=Illuminate\Queue\TimeoutExceededException
  JobTimedOut job=App\Jobs\Timeout attempts=1
  WorkerStopping status=1 reason=timed_out
failed_jobs:
  redis/default App\Jobs\Timeout attempts=0: Illuminate\Queue\TimeoutExceededException: App\Jobs\Timeout has timed out.
redis:
  db0 queues:default: list [App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes]
