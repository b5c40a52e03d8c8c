--TEST--
Laravel 12 (Composer) drop-in, queue:restart with the file cache store stops the worker after that job: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'restart_file_cache');
?>
--EXPECT--
same outcome
exit:
  0
effects:
  restart: queue:restart called
failed_jobs:
redis:
  db0 queues:default: list [App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes]
