--TEST--
Pool: balance "auto" by size over queues a,b (min 1 each, max 4, shift 2): a burst on a alone grows a's group to 3 (the pool's max less b's minimum) while b keeps 1; once a is empty its group shrinks back to 1; a's jobs run only on a's workers, each once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-auto-' . getmypid() . '.log';
@unlink($log);
$c = pool_child(['min_processes' => 1, 'max_processes' => 4, 'balance' => 'auto', 'auto_scaling_strategy' => 'size',
    'balance_max_shift' => 2, 'balance_cooldown' => 0.5, 'sleep' => 0.1], [], '', 'a,b');
qwb_ok('1 worker per queue', fault_wait(fn () => pool_per_queue($c) === ['a' => 1, 'b' => 1], 10), $c->output() . $c->errors());
for ($n = 1; $n <= 24; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 300000], 'a');
}
$seen = [];
$watch = function () use ($c, &$seen) {
    $per = pool_per_queue($c);
    $seen['a'] = max($seen['a'] ?? 0, $per['a'] ?? 0);
    $seen['b'] = max($seen['b'] ?? 0, $per['b'] ?? 0);
    return $per;
};
qwb_ok('a grows to 3', fault_wait(fn () => $watch() === ['a' => 3, 'b' => 1], 6), $c->output());
qwb_ok('every job ran', fault_wait(function () use ($watch, $log) {
    $watch();
    return fault_done($log) === 24;
}, 15), [fault_done($log), $c->errors()]);
qwb_ok('at most a 3, b 1', $seen === ['a' => 3, 'b' => 1], $seen);
qwb_ok('a back to 1', fault_wait(fn () => pool_per_queue($c) === ['a' => 1, 'b' => 1], 8), $c->output());
$wrong = [];
$starts = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $starts[$rec['n']] = ($starts[$rec['n']] ?? 0) + 1;
    }
}
preg_match_all('/^worker (\d+) started on (\S+)$/m', $c->output(), $m, PREG_SET_ORDER);
$queueOf = [];
foreach ($m as $x) {
    $queueOf[(int) $x[1]] = $x[2];
}
foreach (fault_records($log) as $rec) {
    if (($queueOf[$rec['pid']] ?? null) !== 'a') {
        $wrong[] = $rec;
    }
}
qwb_ok('each job started once', count($starts) === 24 && max($starts) === 1, $starts);
qwb_ok("a's jobs ran on a's workers", $wrong === [], $wrong);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-auto-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - 1 worker per queue
ok - a grows to 3
ok - every job ran
ok - at most a 3, b 1
ok - a back to 1
ok - each job started once
ok - a's jobs ran on a's workers
exit status 0
array(0) {
}
