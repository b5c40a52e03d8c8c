--TEST--
Laravel 12 (Composer) drop-in, job middleware runs around the job: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'middleware');
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
