--TEST--
Pool: a worker killed with SIGKILL in the middle of a job is replaced at once (it lived over a second); the job comes back once its reservation (retry_after 2 s) expired and runs to its end as attempt 2; every other job runs once (at-least-once, counted)
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker(['retry_after' => 2]);
$log = sys_get_temp_dir() . '/qwt-pool-kill9-' . getmypid() . '.log';
@unlink($log);
$w->push('FaultJob', ['n' => 1, 'log' => $log, 'hang' => 30]);
$c = pool_child(['processes' => 2, 'sleep' => 0.1, 'tries' => 3, 'json' => true], ['retry_after' => 2]);
qwb_ok('job 1 started', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $c->output() . $c->errors());
usleep(1100000); /* the worker lived over a second: replaced without waiting */
for ($n = 2; $n <= 6; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log]);
}
$victim = fault_records($log)[0]['pid'];
posix_kill($victim, 9);
$killedAt = microtime(true);
qwb_ok('a third worker replaced it', fault_wait(fn () => count(pool_started($c)) === 3, 5), pool_started($c));
// by the supervisor's clock (its JSON events), whatever the new worker's own start-up takes
$at = [];
foreach (explode("\n", $c->output()) as $line) {
    $e = json_decode($line, true);
    if (in_array($e['event'] ?? '', ['worker_started', 'worker_exited'], true)) {
        $at[$e['event']][$e['pid']] = $e['time'];
    }
}
$third = pool_started($c)[2];
$gap = ($at['worker_started'][$third] ?? INF) - ($at['worker_exited'][$victim] ?? 0);
qwb_ok('forked within 0.5 s of the kill being seen', $gap >= 0 && $gap < 0.5, [$gap, $at]);
qwb_ok('the killed worker is gone', fault_wait(fn () => !pool_alive($victim), 2));
qwb_ok('every job ended', fault_wait(fn () => fault_done($log) === 6 && fault_keys($r) === [], 10), [fault_records($log), $c->errors()]);
$runs = [];
foreach (fault_records($log) as $rec) {
    $runs[$rec['n']][] = "{$rec['ev']} {$rec['attempt']}" . ($rec['pid'] === $victim ? ' (killed worker)' : '');
    if ($rec['n'] === 1 && $rec['attempt'] === 2 && $rec['ev'] === 'start') {
        $late = $rec['t'] - $killedAt;
    }
}
ksort($runs);
foreach ($runs as $n => $events) {
    echo "job $n: ", implode(', ', $events), "\n";
}
qwb_ok('job 1 came back after the kill, within retry_after + 2.5 s', isset($late) && $late > 0 && $late < 4.5, $late ?? null);
qwb_ok('the supervisor still runs', $c->running());
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-kill9-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - job 1 started
ok - a third worker replaced it
ok - forked within 0.5 s of the kill being seen
ok - the killed worker is gone
ok - every job ended
job 1: start 1 (killed worker), start 2, end 2
job 2: start 1, end 1
job 3: start 1, end 1
job 4: start 1, end 1
job 5: start 1, end 1
job 6: start 1, end 1
ok - job 1 came back after the kill, within retry_after + 2.5 s
ok - the supervisor still runs
exit status 0
array(0) {
}
