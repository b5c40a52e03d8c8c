--TEST--
Pool: workers that die young (here each stops at once on the memory option, status 12) are replaced after 1, then 2, then 4 s: 3 forks in 4.5 s, not hundreds; SIGTERM during the wait returns 0 at once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$c = pool_child(['processes' => 1, 'sleep' => 0.1, 'memory' => 1]);
qwb_ok('a worker started', fault_wait(fn () => count(pool_started($c)) === 1, 10), $c->output() . $c->errors());
$t0 = microtime(true);
usleep(4500000);
$n = count(pool_started($c));
qwb_ok('3 workers in 4.5 s', $n === 3, $n);
echo implode("\n", array_slice(pool_stops($c), 0, 3)), "\n";
$t = microtime(true);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
qwb_ok('returned within 0.5 s', microtime(true) - $t < 0.5, microtime(true) - $t);
qwb_ok('no worker started after the third', count(pool_started($c)) === 3, pool_started($c));
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
ok - a worker started
ok - 3 workers in 4.5 s
worker 1 stopping 12 max_memory_exceeded
worker 2 stopping 12 max_memory_exceeded
worker 3 stopping 12 max_memory_exceeded
exit status 0
ok - returned within 0.5 s
ok - no worker started after the third
