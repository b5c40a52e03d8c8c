--TEST--
Pool: workers that die young (here each exits with status 3 from its first looping hook, as a crash would) are replaced after 1, then 2, then 4 s: 3 forks in 4.5 s, not hundreds; SIGTERM during the wait returns 0 at once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$c = pool_child(['processes' => 1, 'sleep' => 0.1], [], '$w->on("looping", function () { exit(3); });');
qwb_ok('a worker started', fault_wait(fn () => count(pool_started($c)) === 1, 10), $c->output() . $c->errors());
usleep(4500000);
$n = count(pool_started($c));
qwb_ok('3 workers in 4.5 s', $n === 3, $n);
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
exit status 0
ok - returned within 0.5 s
ok - no worker started after the third
