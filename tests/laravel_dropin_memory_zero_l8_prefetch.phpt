--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, --memory=0: 8.83 counts any memory as over the limit, so the worker stops with 12 after its first job and gives back the jobs in hand: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_skip('8');
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip memory_get_usage(true) means nothing without Zend MM (valgrind, ASan)');
}
?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'memory_zero', 8);
?>
--EXPECT--
same outcome
exit:
  12
effects:
  noop1: ran attempt 1
failed_jobs:
redis:
  db0 queues:default: list [App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0, App\Jobs\Noop#0]
  db0 queues:default:notify: list [1 bytes, 1 bytes, 1 bytes, 1 bytes]
