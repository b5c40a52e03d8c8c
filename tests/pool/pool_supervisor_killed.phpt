--TEST--
Pool: when the supervisor is killed with SIGKILL, its workers are told (SIGTERM through PR_SET_PDEATHSIG on Linux): each finishes the job in hand (it ends, it is not lost) and exits within 2 s; no orphan is left
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); if (PHP_OS_FAMILY !== 'Linux') die('skip Linux only'); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-orphan-' . getmypid() . '.log';
@unlink($log);
$w->push('FaultJob', ['n' => 1, 'log' => $log, 'hang' => 1]);
$c = pool_child(['processes' => 2, 'sleep' => 0.1]);
qwb_ok('2 workers started, one in a job', fault_wait(fn () => count(pool_started($c)) === 2 && fault_records($log) !== [], 10), $c->output() . $c->errors());
$workers = pool_started($c);
$c->signal(9);
qwb_ok('the supervisor died', $c->wait(5) === 137);
qwb_ok('every worker exited within 2 s', fault_wait(fn () => array_filter($workers, 'pool_alive') === [], 2), array_filter($workers, 'pool_alive'));
qwb_ok('the job in hand ended', fault_done($log) === 1, fault_records($log));
echo implode("\n", pool_stops($c)), "\n";
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-orphan-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECTF--
ok - 2 workers started, one in a job
ok - the supervisor died
ok - every worker exited within 2 s
ok - the job in hand ended
worker %d stopping 0 interrupted
worker %d stopping 0 interrupted
array(0) {
}
