--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, queue:restart with the file cache store stops the worker after that job: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'restart_file_cache', 8);
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
