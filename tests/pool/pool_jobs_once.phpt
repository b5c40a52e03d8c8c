--TEST--
Pool: supervise() with 3 processes forks 3 workers (none is the supervisor) that share a queue of 60 jobs, each run exactly once, by more than one worker; SIGTERM then stops the pool with status 0 and no worker left
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-once-' . getmypid() . '.log';
@unlink($log);
for ($n = 1; $n <= 60; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 20000]);
}
$c = pool_child(['processes' => 3, 'sleep' => 0.1]);
qwb_ok('3 workers started', fault_wait(fn () => count(pool_started($c)) === 3, 10), $c->output() . $c->errors());
qwb_ok('every job ran', fault_wait(fn () => fault_done($log) === 60 && fault_keys($r) === [], 15), [fault_done($log), $c->errors()]);
$starts = [];
$pids = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $starts[$rec['n']] = ($starts[$rec['n']] ?? 0) + 1;
        $pids[$rec['pid']] = true;
    }
}
qwb_ok('each job started once', count($starts) === 60 && max($starts) === 1, $starts);
qwb_ok('the jobs ran on the workers only', array_diff(array_keys($pids), pool_started($c)) === [] && !isset($pids[$c->pid]));
qwb_ok('more than one worker ran jobs', count($pids) > 1, count($pids));
$workers = pool_started($c);
$c->signal(15);
$status = $c->wait(10);
echo implode("\n", pool_stops($c)), "\n";
echo implode("\n", qwb_lines($c->output(), ['supervise returned'])) === "supervise returned 0 in $c->pid" ? "supervise returned 0 in the supervisor\n" : $c->output();
echo 'exit status ', var_export($status, true), "\n", $c->errors();
qwb_ok('no worker left', array_filter($workers, 'pool_alive') === []);
qwb_ok('no more workers started', count(pool_started($c)) === 3, pool_started($c));
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-once-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECTF--
ok - 3 workers started
ok - every job ran
ok - each job started once
ok - the jobs ran on the workers only
ok - more than one worker ran jobs
worker %d stopping 0 interrupted
worker %d stopping 0 interrupted
worker %d stopping 0 interrupted
supervise returned 0 in the supervisor
exit status 0
ok - no worker left
ok - no more workers started
array(0) {
}
