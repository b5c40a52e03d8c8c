--TEST--
Pool: SIGTERM to the supervisor is forwarded to the workers, which finish the job in hand and stop; supervise() returns 0 within 2 s; no job is lost: every job started ended, the others are still queued, none is left reserved
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-term-' . getmypid() . '.log';
@unlink($log);
for ($n = 1; $n <= 20; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 400000]);
}
$c = pool_child(['processes' => 2, 'sleep' => 0.1]);
qwb_ok('both workers are in a job', fault_wait(function () use ($log) {
    return count(array_unique(array_column(fault_records($log), 'pid'))) === 2;
}, 10), $c->output() . $c->errors());
usleep(100000);
$workers = pool_started($c);
$t = microtime(true);
$c->signal(15);
$status = $c->wait(10);
$took = microtime(true) - $t;
echo 'exit status ', var_export($status, true), "\n", $c->errors();
qwb_ok('stopped within 2 s', $took < 2.0, $took);
echo implode("\n", pool_stops($c)), "\n";
qwb_ok('no worker left', array_filter($workers, 'pool_alive') === []);
$runs = ['start' => [], 'end' => []];
foreach (fault_records($log) as $rec) {
    $runs[$rec['ev']][] = $rec['n'];
}
$ended = $runs['end'];
sort($runs['start']);
sort($runs['end']);
qwb_ok('every job started once and ended', $runs['start'] === array_values(array_unique($runs['start'])) && $runs['start'] === $runs['end'], $runs);
$state = fault_state($r);
qwb_ok('the other jobs are queued, none reserved', $state['reserved'] === [] && count($state['ready']) === 20 - count($ended)
    && array_intersect($state['ready'], $ended) === [], $state);
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-term-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECTF--
ok - both workers are in a job
exit status 0
ok - stopped within 2 s
worker %d stopping 0 interrupted
worker %d stopping 0 interrupted
ok - no worker left
ok - every job started once and ended
ok - the other jobs are queued, none reserved
