--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a job failing into failed_jobs (--tries=2), listed by queue:failed, pushed back by queue:retry and run: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'fail_retry', 8);
?>
--EXPECT--
same outcome
exit:
  0
  0
  0
  0
effects:
  fail: throws attempt 1
  fail: throws attempt 2
  fail: failed() RuntimeException
  fail: healed attempt 1
snapshots:
  after the first run: redis/default App\Jobs\AlwaysFails attempts=1: RuntimeException: always fails
failed_jobs:
redis:
