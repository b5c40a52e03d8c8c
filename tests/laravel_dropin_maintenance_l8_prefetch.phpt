--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, artisan down: the worker takes no job; --force takes them; artisan up: all run: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'maintenance', 8);
?>
--EXPECT--
same outcome
exit:
  0
  0
  0
  0
  0
effects:
  -- down
  -- down, --force
  noop1: ran attempt 1
  noop2: ran attempt 1
  -- up
  noop3: ran attempt 1
  noop4: ran attempt 1
  noop5: ran attempt 1
failed_jobs:
redis:
