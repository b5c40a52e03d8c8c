--TEST--
Pool: SIGUSR2 to the supervisor pauses every worker (a job pushed then is not taken for 1.5 s) and SIGCONT resumes them (the job then runs); SIGTERM then stops the pool with 0
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-pause-' . getmypid() . '.log';
@unlink($log);
$c = pool_child(['processes' => 2, 'sleep' => 0.1], [], '$w->on("pausing", function () { echo "worker " . getmypid() . " pausing\n"; });
$w->on("resuming", function () { echo "worker " . getmypid() . " resuming\n"; });');
qwb_ok('2 workers started', fault_wait(fn () => count(pool_started($c)) === 2, 10), $c->output() . $c->errors());
usleep(300000);
$c->signal(12);
qwb_ok('both workers pause', fault_wait(fn () => substr_count($c->output(), ' pausing') === 2, 3), $c->output());
usleep(300000);
$w->push('FaultJob', ['n' => 1, 'log' => $log]);
usleep(1500000);
qwb_ok('the job waits while paused', fault_records($log) === [] && $r->key('LLEN', 'queues:default') === 1);
$c->signal(18);
qwb_ok('both workers resume', fault_wait(fn () => substr_count($c->output(), ' resuming') === 2, 3), $c->output());
qwb_ok('the job runs after SIGCONT', fault_wait(fn () => fault_done($log) === 1, 3), $c->output() . $c->errors());
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
qwb_ok('no worker replaced', count(pool_started($c)) === 2, pool_started($c));
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-pause-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - 2 workers started
ok - both workers pause
ok - the job waits while paused
ok - both workers resume
ok - the job runs after SIGCONT
exit status 0
ok - no worker replaced
array(0) {
}
