--TEST--
Laravel 12 (Composer) drop-in, --memory=32: a job holding 40 MB stops the worker with 12: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'memory');
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
