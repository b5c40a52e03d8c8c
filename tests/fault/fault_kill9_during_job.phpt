--TEST--
Fault: a worker killed with SIGKILL during a job loses nothing: the job stays reserved with its attempt counted and, only once retry_after (2 s) has passed, a second worker (started right after the kill) runs it as attempt 2 and finishes it; the other jobs run once each. With prefetch 4 the three jobs reserved ahead (never started) come back after retry_after too, with no attempt counted, and each runs exactly once in all, on the second worker, as attempt 1
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

const RETRY_AFTER = 2;
$r = new QwTestRedis();
$w = qw_test_worker(['retry_after' => RETRY_AFTER]);
$log = sys_get_temp_dir() . '/qwt-fault-kill9-' . getmypid() . '.log';

function worker(int $prefetch): QwChild
{
    return qwb_child('
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = qw_test_worker(["retry_after" => ' . RETRY_AFTER . ']);
qw_observe($w);
qwb_hooks($w, ["failed", "stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 3, "prefetch" => ' . $prefetch . ']);
echo "daemon returned $status\n";
exit($status);
');
}

foreach ([1, 4] as $prefetch) {
    $jobs = $prefetch === 1 ? 3 : 6;
    echo "-- prefetch $prefetch, $jobs jobs, job 1 hangs on attempt 1\n";
    qw_test_cleanup();
    @unlink($log);
    for ($n = 1; $n <= $jobs; $n++) {
        $w->push('FaultJob', ['n' => $n, 'log' => $log] + ($n === 1 ? ['hang' => 30] : []));
    }
    $w1 = worker($prefetch);
    qwb_ok('worker 1 started job 1', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $w1->output() . $w1->errors());
    $w1->signal(9);
    $killedAt = microtime(true);
    qwb_ok('worker 1 died of SIGKILL', $w1->wait(5) === 137);

    $state = fault_state($r);
    $score = (int) $r->key('ZSCORE', 'queues:default:reserved', $r->key('ZRANGE', 'queues:default:reserved', '0', '0')[0]);
    echo 'after the kill: ready [', implode(' ', $state['ready']), '], reserved ',
        implode(' ', array_map(fn ($n, $a) => "$n(attempts $a)", array_keys($state['reserved']), $state['reserved'])), "\n";

    $w2 = worker($prefetch);
    $finished = fault_wait(function () use ($log, $jobs, $r) {
        return fault_done($log) === $jobs && fault_keys($r) === [];
    }, RETRY_AFTER + 10);
    qwb_ok('worker 2 finished every job and Redis is empty', $finished, [fault_keys($r), $w2->output(), $w2->errors()]);
    usleep(300000);
    $w2->signal(15);
    $status = $w2->wait(10);
    echo 'worker 2: ', implode(', ', qwb_lines($w2->output(), ['hook', 'daemon', 'report', 'failer'])), $w2->errors(), "\n";
    qwb_ok('worker 2 exit status 0', $status === 0, $status);

    /* Every start and end, worker 1 or 2, in job order. */
    $recs = fault_records($log);
    $who = fn ($pid) => $pid === $w1->pid ? 'worker 1' : ($pid === $w2->pid ? 'worker 2' : "pid $pid");
    $runs = [];
    foreach ($recs as $rec) {
        $runs[$rec['n']][] = "{$rec['ev']} attempt {$rec['attempt']} on " . $who($rec['pid']);
    }
    ksort($runs);
    foreach ($runs as $n => $events) {
        echo "job $n: ", implode(', ', $events), "\n";
    }

    /* Reserved jobs came back only after their reservation expired, and soon after. */
    $early = $late = [];
    foreach ($recs as $rec) {
        if ($rec['ev'] === 'start' && $rec['pid'] === $w2->pid && isset($state['reserved'][$rec['n']])) {
            if ((int) floor($rec['t']) < $score) {
                $early[] = sprintf('job %d at %.3f, reserved until %d', $rec['n'], $rec['t'], $score);
            }
            if ($rec['t'] - $killedAt > RETRY_AFTER + 4) {
                $late[] = sprintf('job %d %.3f s after the kill', $rec['n'], $rec['t'] - $killedAt);
            }
        }
    }
    qwb_ok('no reserved job ran again before its reservation expired', $early === [], $early);
    qwb_ok('the reserved jobs came back within retry_after + 4 s of the kill', $late === [], $late);
    var_dump(fault_keys($r));
}
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-fault-kill9-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
-- prefetch 1, 3 jobs, job 1 hangs on attempt 1
ok - worker 1 started job 1
ok - worker 1 died of SIGKILL
after the kill: ready [2 3], reserved 1(attempts 1)
ok - worker 2 finished every job and Redis is empty
worker 2: hook stopping 0 interrupted, daemon returned 0
ok - worker 2 exit status 0
job 1: start attempt 1 on worker 1, start attempt 2 on worker 2, end attempt 2 on worker 2
job 2: start attempt 1 on worker 2, end attempt 1 on worker 2
job 3: start attempt 1 on worker 2, end attempt 1 on worker 2
ok - no reserved job ran again before its reservation expired
ok - the reserved jobs came back within retry_after + 4 s of the kill
array(0) {
}
-- prefetch 4, 6 jobs, job 1 hangs on attempt 1
ok - worker 1 started job 1
ok - worker 1 died of SIGKILL
after the kill: ready [5 6], reserved 1(attempts 1) 2(attempts 0) 3(attempts 0) 4(attempts 0)
ok - worker 2 finished every job and Redis is empty
worker 2: hook stopping 0 interrupted, daemon returned 0
ok - worker 2 exit status 0
job 1: start attempt 1 on worker 1, start attempt 2 on worker 2, end attempt 2 on worker 2
job 2: start attempt 1 on worker 2, end attempt 1 on worker 2
job 3: start attempt 1 on worker 2, end attempt 1 on worker 2
job 4: start attempt 1 on worker 2, end attempt 1 on worker 2
job 5: start attempt 1 on worker 2, end attempt 1 on worker 2
job 6: start attempt 1 on worker 2, end attempt 1 on worker 2
ok - no reserved job ran again before its reservation expired
ok - the reserved jobs came back within retry_after + 4 s of the kill
array(0) {
}
