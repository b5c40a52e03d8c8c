--TEST--
Pool: balance "auto" by time weighs each queue's ready jobs by their measured runtime: with 12 jobs of 400 ms on a and 12 of 20 ms on b (runtimes learnt from earlier jobs), a's group gets the 2 workers the pool can add (a 3, b 1), where by size each queue would get 2
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-time-' . getmypid() . '.log';
@unlink($log);
$c = pool_child(['min_processes' => 1, 'max_processes' => 4, 'balance' => 'auto', 'auto_scaling_strategy' => 'time',
    'balance_max_shift' => 3, 'balance_cooldown' => 0.5, 'sleep' => 0.1], [], '', 'a,b');
qwb_ok('1 worker per queue', fault_wait(fn () => pool_per_queue($c) === ['a' => 1, 'b' => 1], 10), $c->output() . $c->errors());
$n = 0;
foreach ([['a', 400000], ['a', 400000], ['b', 20000], ['b', 20000]] as [$queue, $us]) {
    $w->push('FaultJob', ['n' => ++$n, 'log' => $log, 'us' => $us], $queue);
}
qwb_ok('the first jobs ran (runtimes measured)', fault_wait(fn () => fault_done($log) === 4, 10), $c->errors());
// Paused, the pool neither forks nor steps: both queues fill up before it looks.
$c->signal(SIGUSR2);
usleep(300000);
for ($i = 0; $i < 12; $i++) {
    $w->push('FaultJob', ['n' => ++$n, 'log' => $log, 'us' => 400000], 'a');
    $w->push('FaultJob', ['n' => ++$n, 'log' => $log, 'us' => 20000], 'b');
}
usleep(1500000);
$c->signal(SIGCONT);
$seen = ['a' => 0, 'b' => 0];
$watch = function () use ($c, &$seen) {
    foreach (pool_per_queue($c) as $q => $k) {
        $seen[$q] = max($seen[$q], $k);
    }
};
qwb_ok('every job ran', fault_wait(function () use ($watch, $log, $n) {
    $watch();
    return fault_done($log) === $n;
}, 20), [fault_done($log), $c->errors()]);
qwb_ok('a grew to 3, b stayed at 1', $seen === ['a' => 3, 'b' => 1], $seen);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-time-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - 1 worker per queue
ok - the first jobs ran (runtimes measured)
ok - every job ran
ok - a grew to 3, b stayed at 1
exit status 0
array(0) {
}
