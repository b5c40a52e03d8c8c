--TEST--
Laravel 12 (Composer) drop-in, ShouldBeUnique: the second dispatch is dropped, the lock released after the run: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'unique');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  unique1: ran
failed_jobs:
redis:
