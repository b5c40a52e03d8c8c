--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a job that deletes itself, then throws: neither released nor failed: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'delete', 8);
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
