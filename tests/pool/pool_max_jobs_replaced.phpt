--TEST--
Pool: a worker that stops at max_jobs (status 0, no restart signal) is replaced, so one process runs a queue of 6 jobs through 2 workers of 3 jobs each; the pool goes on until SIGTERM
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-maxjobs-' . getmypid() . '.log';
@unlink($log);
for ($n = 1; $n <= 6; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log]);
}
/* A restart store is set: the supervisor reads it when the worker exits 0, finds it unchanged and replaces the worker. */
$c = pool_child(['processes' => 1, 'sleep' => 0.1, 'max_jobs' => 3], [],
    '$w->setCache(' . var_export(qw_restart_redis_store(), true) . ');');
qwb_ok('every job ran', fault_wait(fn () => fault_done($log) === 6, 8), $c->output() . $c->errors());
usleep(300000);
echo implode("\n", pool_stops($c)), "\n";
qwb_ok('2 workers started, each ran 3 jobs', count(pool_started($c)) === 2
    && count(array_unique(array_column(fault_records($log), 'pid'))) === 2, [pool_started($c), fault_records($log)]);
qwb_ok('the supervisor still runs', $c->running());
qwb_ok('a third worker waits for jobs', fault_wait(fn () => count(pool_started($c)) === 3, 3), pool_started($c));
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
echo implode("\n", pool_stops($c)), "\n";
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-maxjobs-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - every job ran
worker 1 stopping 0 max_jobs_exceeded
worker 2 stopping 0 max_jobs_exceeded
ok - 2 workers started, each ran 3 jobs
ok - the supervisor still runs
ok - a third worker waits for jobs
exit status 0
worker 1 stopping 0 max_jobs_exceeded
worker 2 stopping 0 max_jobs_exceeded
worker 3 stopping 0 interrupted
array(0) {
}
