--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, SIGTERM during a job: the job finishes, the worker exits 0, the next job stays queued: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'sigterm', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  slow: started
  slow: finished
failed_jobs:
redis:
  db0 queues:default: list [App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes]
