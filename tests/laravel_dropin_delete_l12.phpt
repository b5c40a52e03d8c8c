--TEST--
Laravel 12 (Composer) drop-in, a job that deletes itself, then throws: neither released nor failed: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'delete');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  delete: deletes attempt 1
failed_jobs:
reported:
  RuntimeException: thrown after delete
redis:
