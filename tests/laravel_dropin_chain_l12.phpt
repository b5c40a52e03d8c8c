--TEST--
Laravel 12 (Composer) drop-in, a chain of three jobs runs in order: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'chain');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  one: ran
  two: ran
  three: ran
failed_jobs:
redis:
