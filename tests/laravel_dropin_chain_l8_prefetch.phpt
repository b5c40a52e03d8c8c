--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a chain of three jobs runs in order: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'chain', 8);
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
