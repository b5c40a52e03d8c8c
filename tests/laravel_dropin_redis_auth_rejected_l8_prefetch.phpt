--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, a password Redis rejects (queue:work reports it and retries, qworker:work exits 1 as for any setting that cannot heal), under queue:work and under qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'redis_auth_rejected', 8);
?>
--EXPECT--
same outcome but for the differences meant
queue:work exit (reports the rejection at each pass, retries, exits 0 at SIGTERM):
  0
queue:work reported (the RedisException of phpredis):
  RedisException: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?
queue:work events (the WorkerStopping of SIGTERM):
  JobQueued
  JobQueued
  JobQueued
  JobQueued
  JobQueued
  WorkerStopping status=0
queue:work console (nothing):

exit:
  1
effects:
reported:
  QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:<port>: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?
redis:
  db0 queues:default: list [App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes, 1 bytes, 1 bytes, 1 bytes, 1 bytes]
