--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a job that releases itself, then runs: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'release', 8);
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
