--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, Redis down when the worker starts (it reports, retries and runs the jobs once Redis is up; SIGTERM while waiting exits 0; --once reports and exits 0): the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'redis_down_at_start', 8);
?>
--EXPECT--
same outcome but for the differences meant
queue:work reported (the RedisException of phpredis):
  RedisException: Connection refused
  RedisException: Connection refused
  RedisException: Connection refused
exit:
  0
  0
  0
effects:
  -- Redis down at start, up after the first report
  noop1: ran attempt 1
  noop2: ran attempt 1
  noop3: ran attempt 1
  noop4: ran attempt 1
  noop5: ran attempt 1
  -- Redis down, SIGTERM after the first report
  -- Redis down, --once
events:
  JobQueued
  JobQueued
  JobQueued
  JobQueued
  JobQueued
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  WorkerStopping status=0
  WorkerStopping status=0
reported:
  QWorker\ConnectionException: cannot connect to Redis at 127.0.0.1:<port>: Connection refused
  QWorker\ConnectionException: cannot connect to Redis at 127.0.0.1:<port>: Connection refused
  QWorker\ConnectionException: cannot connect to Redis at 127.0.0.1:<port>: Connection refused
redis:
