--TEST--
Laravel 12 (Composer) drop-in, SIGTERM during a job: the job finishes, the worker exits 0, the next job stays queued: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'sigterm');
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
