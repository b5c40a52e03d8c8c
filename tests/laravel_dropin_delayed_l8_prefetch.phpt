--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a delayed dispatch runs after its delay, an undelayed one at once: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'delayed', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  now: ran attempt 1
  delayed: ran after its delay
failed_jobs:
redis:
