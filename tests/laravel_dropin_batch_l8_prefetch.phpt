--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a batch of three jobs, then() and finally(), job_batches row: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'batch', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  b1: ran in batch
  b2: ran in batch
  b3: ran in batch
  batch: then
  batch: finally
job_batches:
  qwtest total=3 pending=0 failed=0 finished=1
redis:
