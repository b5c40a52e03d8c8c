--TEST--
Fault: redis-server stopped (SHUTDOWN SAVE) in the middle of a busy worker draining 2,000 jobs, then restarted on the same port: the worker keeps running and burns no CPU while Redis is down (< 5% of a core over 2.5 s), reports only ConnectionExceptions, runs no job while down, reconnects, and every job runs; none is lost or run twice (the jobs in hand at the stop are acknowledged after the restart, or come back after retry_after 2 s if their pop reply was cut off), and nothing is left in Redis; with prefetch 1 and 8
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
if (!is_readable('/proc/self/stat')) die('skip no /proc');
?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

const JOBS = 2000;
$srv = new QwbServer('fault_redis_restart_busy');
$srv->start();
$port = $srv->port;
$log = "$srv->dir/ran.log";
$w = new QWorker(qw_test_settings(['host' => '127.0.0.1', 'port' => $port, 'retry_after' => 2]));

foreach ([1, 8] as $prefetch) {
    echo "-- prefetch $prefetch\n";
    @unlink($log);
    for ($n = 1; $n <= JOBS; $n++) {
        $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 1000]);
    }
    $c = qwb_child('
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = new QWorker(qw_test_settings(["host" => "127.0.0.1", "port" => ' . $port . ', "retry_after" => 2]));
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) {
    echo "report ", get_class($e), ": ", $e->getMessage(), $job ? " (job)" : "", "\n";
});
$w->setFailer(function ($c, $q, $payload, Throwable $e) { echo "failed ", get_class($e), "\n"; });
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 5, "prefetch" => ' . $prefetch . ']);
echo "daemon returned $status\n";
exit($status);
');
    qwb_ok('the worker is busy (400 jobs done)', fault_wait(fn () => fault_done($log) >= 400, 20), [fault_done($log), $c->output(), $c->errors()]);

    $srv->shutdown(true);
    $doneAtStop = fault_done($log);
    qwb_ok('Redis stopped in the middle of the run', $doneAtStop < JOBS - 200, $doneAtStop);
    qwb_ok('the worker reports the lost connection', $c->waitFor('report ', 5), $c->output() . $c->errors());

    usleep(300000);
    $downFrom = microtime(true);
    $t0 = fault_cpu_ticks($c->pid);
    usleep(2500000);
    $t1 = fault_cpu_ticks($c->pid);
    $downTo = microtime(true);
    $cpu = ($t1 - $t0) / 100 / ($downTo - $downFrom); /* USER_HZ is 100 on Linux */
    qwb_ok('the worker keeps running while Redis is down', $c->running(), $c->output() . $c->errors());
    qwb_ok('it burns no CPU meanwhile (< 5% of a core)', $t0 !== null && $t1 !== null && $cpu < 0.05, sprintf('%.1f%%', $cpu * 100));
    $whileDown = array_filter(fault_records($log), fn ($r) => $r['ev'] === 'start' && $r['t'] >= $downFrom && $r['t'] <= $downTo);
    qwb_ok('no job started while Redis was down', $whileDown === [], array_values($whileDown));

    $srv->start($port);
    $r = $srv->redis();
    $finished = fault_wait(fn () => fault_done($log) === JOBS && fault_keys($r) === [], 20);
    qwb_ok('after the restart every job ran and Redis is empty', $finished, [fault_done($log), fault_keys($r)]);
    usleep(300000);
    $c->signal(15);
    $status = $c->wait(10);
    qwb_ok('SIGTERM then stops the worker with status 0', $status === 0, [$status, $c->errors()]);
    $out = $c->output();
    $reports = qwb_lines($out, ['report ', 'failed ']);
    $bad = array_filter($reports, fn ($l) => !str_starts_with($l, 'report QWorker\ConnectionException: ') || str_ends_with($l, ' (job)'));
    qwb_ok('only ConnectionExceptions (no job) were reported, nothing failed', $reports !== [] && $bad === [], $reports);
    qwb_ok('no PHP warning or error', $c->errors() === '', $c->errors());

    /* Every job's starts and ends. */
    $starts = $ends = [];
    foreach (fault_records($log) as $rec) {
        if ($rec['ev'] === 'start') {
            $starts[$rec['n']][] = $rec;
        } else {
            $ends[$rec['n']] = ($ends[$rec['n']] ?? 0) + 1;
        }
    }
    $lost = array_values(array_diff(range(1, JOBS), array_keys($ends)));
    qwb_ok('no job lost: each of the 2,000 ran to its end', $lost === [], $lost);
    /*
     * None runs twice: the acknowledgement of a job finished while Redis was
     * down waits and goes first after the restart, and a job whose pop reply
     * the stop cut off was never run (it comes back, once, as attempt 2).
     */
    $twice = array_filter($starts, fn ($s) => count($s) > 1);
    qwb_ok('no job ran twice (the jobs in hand at the stop were acknowledged)', $twice === [], $twice);
    var_dump(fault_keys($r));
}
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('fault_redis_restart_busy');
?>
--EXPECT--
-- prefetch 1
ok - the worker is busy (400 jobs done)
ok - Redis stopped in the middle of the run
ok - the worker reports the lost connection
ok - the worker keeps running while Redis is down
ok - it burns no CPU meanwhile (< 5% of a core)
ok - no job started while Redis was down
ok - after the restart every job ran and Redis is empty
ok - SIGTERM then stops the worker with status 0
ok - only ConnectionExceptions (no job) were reported, nothing failed
ok - no PHP warning or error
ok - no job lost: each of the 2,000 ran to its end
ok - no job ran twice (the jobs in hand at the stop were acknowledged)
array(0) {
}
-- prefetch 8
ok - the worker is busy (400 jobs done)
ok - Redis stopped in the middle of the run
ok - the worker reports the lost connection
ok - the worker keeps running while Redis is down
ok - it burns no CPU meanwhile (< 5% of a core)
ok - no job started while Redis was down
ok - after the restart every job ran and Redis is empty
ok - SIGTERM then stops the worker with status 0
ok - only ConnectionExceptions (no job) were reported, nothing failed
ok - no PHP warning or error
ok - no job lost: each of the 2,000 ran to its end
ok - no job ran twice (the jobs in hand at the stop were acknowledged)
array(0) {
}
