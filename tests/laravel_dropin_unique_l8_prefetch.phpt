--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, ShouldBeUnique: the second dispatch is dropped, the lock released after the run: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'unique', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  unique1: ran
failed_jobs:
redis:
