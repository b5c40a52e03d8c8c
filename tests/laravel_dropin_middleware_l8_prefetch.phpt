--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, job middleware runs around the job: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'middleware', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  mw: middleware before
  mw: ran
  mw: middleware after
failed_jobs:
redis:
