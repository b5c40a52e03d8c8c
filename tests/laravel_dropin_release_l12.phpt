--TEST--
Laravel 12 (Composer) drop-in, a job that releases itself, then runs: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'release');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  release: releases attempt 1
  release: ran attempt 2
failed_jobs:
redis:
