--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a failed job (--tries=1) in failed_jobs, removed by queue:flush: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'fail_flush', 8);
?>
--EXPECT--
same outcome
exit:
  0
  0
effects:
  fail: throws attempt 1
  fail: failed() RuntimeException
snapshots:
  after the run: redis/default App\Jobs\AlwaysFails attempts=0: RuntimeException: always fails
failed_jobs:
reported:
  RuntimeException: always fails
