--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, --memory=32: a job holding 40 MB stops the worker with 12: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'memory', 8);
?>
--EXPECT--
same outcome
exit:
  12
effects:
  hog: holds 40 MB
failed_jobs:
redis:
  db0 queues:default: list [App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes]
