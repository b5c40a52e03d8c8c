--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, --queue=high,low takes every high job first: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'priority', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  high1: ran attempt 1
  high2: ran attempt 1
  low1: ran attempt 1
  low2: ran attempt 1
failed_jobs:
redis:
