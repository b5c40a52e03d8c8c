--TEST--
Pool: with min_processes 1 and max_processes 3 the pool starts with 1 worker, grows to 3 (one per cooldown) when a burst of jobs arrives, never beyond, and shrinks back to 1 once the queue is empty (the extra workers told to stop, status 0); each step is a "scaled" JSON event; every job runs once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-burst-' . getmypid() . '.log';
@unlink($log);
$c = pool_child(['min_processes' => 1, 'max_processes' => 3, 'balance_cooldown' => 0.5, 'sleep' => 0.1, 'json' => true]);
qwb_ok('1 worker started', fault_wait(fn () => count(pool_started($c)) === 1, 10), $c->output() . $c->errors());
usleep(1500000);
qwb_ok('still 1 worker while the queue is empty', count(pool_started($c)) === 1, $c->output());
for ($n = 1; $n <= 30; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 300000]);
}
$peak = 0;
qwb_ok('3 workers run the burst', fault_wait(function () use ($c, &$peak) {
    $peak = max($peak, count(pool_running($c)));
    return $peak === 3;
}, 6), $c->output() . $c->errors());
qwb_ok('every job ran', fault_wait(function () use ($c, $log, &$peak) {
    $peak = max($peak, count(pool_running($c)));
    return fault_done($log) === 30;
}, 15), [fault_done($log), $c->errors()]);
qwb_ok('never more than 3 workers', $peak === 3, $peak);
qwb_ok('back to 1 worker once the queue is empty', fault_wait(fn () => count(pool_running($c)) === 1, 8), $c->output());
echo implode("\n", pool_stops($c)), "\n";
$starts = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $starts[$rec['n']] = ($starts[$rec['n']] ?? 0) + 1;
    }
}
qwb_ok('each job started once', count($starts) === 30 && max($starts) === 1, $starts);
$steps = [];
foreach (explode("\n", $c->output()) as $line) {
    $e = json_decode($line, true);
    if (($e['event'] ?? '') === 'scaled') {
        $steps[] = "$e[queue] $e[from] -> $e[to]";
    }
}
echo "scaled (json events):\n", implode("\n", $steps), "\n";
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-burst-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECTF--
ok - 1 worker started
ok - still 1 worker while the queue is empty
ok - 3 workers run the burst
ok - every job ran
ok - never more than 3 workers
ok - back to 1 worker once the queue is empty
worker %d stopping 0 interrupted
worker %d stopping 0 interrupted
ok - each job started once
scaled (json events):
default 1 -> 2
default 2 -> 3
default 3 -> 2
default 2 -> 1
exit status 0
array(0) {
}
