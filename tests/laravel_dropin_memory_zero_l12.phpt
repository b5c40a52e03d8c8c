--TEST--
Laravel 12 (Composer) drop-in, --memory=0: no memory limit (Laravel 12+), every job runs and the worker stops when the queue is empty, with 0: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'memory_zero');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  noop1: ran attempt 1
  noop2: ran attempt 1
  noop3: ran attempt 1
  noop4: ran attempt 1
  noop5: ran attempt 1
failed_jobs:
redis:
