--TEST--
Pool: balance "simple" gives each queue of the list its own group, max_processes split evenly (5 over a,b,c: 2, 2, 1, the first queues taking what is left over), at once and fixed; each group's workers run only their queue's jobs, every job once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-simple-' . getmypid() . '.log';
@unlink($log);
$c = pool_child(['max_processes' => 5, 'balance' => 'simple', 'sleep' => 0.1], [], '', 'a,b,c');
qwb_ok('5 workers started', fault_wait(fn () => count(pool_started($c)) === 5, 10), $c->output() . $c->errors());
var_dump(pool_per_queue($c));
$queues = [];
for ($n = 1; $n <= 18; $n++) {
    $queue = ['a', 'b', 'c'][$n % 3];
    $queues[$n] = $queue;
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 20000], $queue);
}
qwb_ok('every job ran', fault_wait(fn () => fault_done($log) === 18, 15), [fault_done($log), $c->errors()]);
$running = pool_running($c);
$wrong = [];
$starts = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $starts[$rec['n']] = ($starts[$rec['n']] ?? 0) + 1;
        if (($running[$rec['pid']] ?? null) !== $queues[$rec['n']]) {
            $wrong[] = $rec;
        }
    }
}
qwb_ok('each job started once', count($starts) === 18 && max($starts) === 1, $starts);
qwb_ok('each job ran on a worker of its queue', $wrong === [], $wrong);
usleep(500000);
qwb_ok('the groups did not change', count(pool_started($c)) === 5 && pool_per_queue($c) === ['a' => 2, 'b' => 2, 'c' => 1], $c->output());
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-simple-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - 5 workers started
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
}
ok - every job ran
ok - each job started once
ok - each job ran on a worker of its queue
ok - the groups did not change
exit status 0
array(0) {
}
