--TEST--
daemon() works with no hook registered: it processes the jobs and returns 0
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
$w->push('OkJob', 1);
$w->push('ThrowingJob');
$w->push('OkJob', 2);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true, 'tries' => 1]));
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
ThrowingJob::fire attempt 1
ThrowingJob::failed "" RuntimeException: boom 1 uuid ok
failer redis default RuntimeException: boom 1 (raw body)
report RuntimeException: boom 1
OkJob::fire 2 attempt 1
int(0)
array(0) {
}
