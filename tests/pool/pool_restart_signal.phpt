--TEST--
Pool: the restart signal (QWorker::restart() into a Redis cache store, as queue:restart) stops the whole pool: each worker stops with received_restart_signal and is not replaced, supervise() returns 0 within 4 s
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$store = qw_restart_redis_store();
QWorker::restart($store);
sleep(1); /* the next write is a new value: a later second */
$c = pool_child(['processes' => 2, 'sleep' => 0.1], [], '$w->setCache(' . var_export($store, true) . ');');
qwb_ok('2 workers started', fault_wait(fn () => count(pool_started($c)) === 2, 10), $c->output() . $c->errors());
usleep(1200000);
$t = microtime(true);
QWorker::restart($store);
$status = $c->wait(10);
$took = microtime(true) - $t;
echo 'exit status ', var_export($status, true), "\n", $c->errors();
qwb_ok('stopped within 4 s', $took < 4.0, $took);
echo implode("\n", pool_stops($c)), "\n";
qwb_ok('no worker replaced', count(pool_started($c)) === 2, pool_started($c));
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
?>
--EXPECTF--
ok - 2 workers started
exit status 0
ok - stopped within 4 s
worker %d stopping 0 received_restart_signal
worker %d stopping 0 received_restart_signal
ok - no worker replaced
