--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, --max-jobs=2 stops the worker after two of five jobs: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'max_jobs', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  job1: ran attempt 1
  job2: ran attempt 1
failed_jobs:
redis:
  db0 queues:default: list [App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes, 1 bytes, 1 bytes]
