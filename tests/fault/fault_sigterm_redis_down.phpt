--TEST--
Fault: SIGTERM to a worker with prefetch 4 while redis-server is down (SHUTDOWN SAVE) during job 1: the job finishes and the worker exits 0 at once instead of waiting for Redis, logging that the acknowledgement and the 3 jobs reserved ahead could not be handed back; with Redis restarted (data kept), all of them come back only after retry_after (2 s) and a second worker runs them: job 1 again (its acknowledgement was lost), jobs 2-4 once each, as attempt 1 (never started, never counted); nothing lost, nothing left
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

$srv = new QwbServer('fault_sigterm_redis_down');
$srv->start();
$port = $srv->port;
$log = "$srv->dir/ran.log";
$gate = "$srv->dir/gate";
$settings = ['host' => '127.0.0.1', 'port' => $port, 'retry_after' => 2];
$w = new QWorker(qw_test_settings($settings));
for ($n = 1; $n <= 6; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log] + ($n === 1 ? ['gate' => $gate] : []));
}
$code = '
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = new QWorker(qw_test_settings(' . var_export($settings, true) . '));
qw_observe($w);
qwb_hooks($w, ["stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 3, "prefetch" => %d]);
echo "daemon returned $status\n";
exit($status);
';
$w1 = qwb_child(sprintf($code, 4));
qwb_ok('worker 1 started job 1', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $w1->output() . $w1->errors());

echo "-- Redis goes away (SHUTDOWN SAVE), then SIGTERM, then job 1 ends\n";
$srv->shutdown(true);
$w1->signal(15);
touch($gate);
$t = microtime(true);
$status = $w1->wait(10);
qwb_ok('worker 1 exits within 3 s', microtime(true) - $t < 3, sprintf('%.3f s', microtime(true) - $t));
echo 'exit status ', var_export($status, true), "\n";
echo implode("\n", qwb_lines($w1->output(), ['hook', 'daemon', 'failer'])), "\n";
$err = $w1->errors();
qwb_ok('it logged the acknowledgement it could not send', str_contains($err, 'acknowledgement command(s) could not be sent; their jobs come back after retry_after'), $err);
qwb_ok('it logged the 3 jobs reserved ahead it could not give back', str_contains($err, 'QWorker: 3 job(s) reserved ahead could not be given back; they come back after retry_after'), $err);

echo "-- Redis is back with its data; worker 2\n";
$srv->start($port);
$r = $srv->redis();
$state = fault_state($r);
echo 'ready [', implode(' ', $state['ready']), '], reserved ',
    implode(' ', array_map(fn ($n, $a) => "$n(attempts $a)", array_keys($state['reserved']), $state['reserved'])), "\n";
$score = (int) $r->key('ZSCORE', 'queues:default:reserved', $r->key('ZRANGE', 'queues:default:reserved', '0', '0')[0]);
$w2 = qwb_child(sprintf($code, 1));
qwb_ok('worker 2 ran everything and Redis is empty', fault_wait(fn () => fault_done($log) === 6 && count(array_filter(fault_records($log), fn ($x) => $x['ev'] === 'end')) === 7 && fault_keys($r) === [], 12),
    [fault_records($log), fault_keys($r), $w2->output(), $w2->errors()]);
usleep(300000);
$w2->signal(15);
echo 'worker 2 exit status ', var_export($w2->wait(10), true), "\n";
echo $w2->errors();

$who = fn ($pid) => $pid === $w1->pid ? 'worker 1' : ($pid === $w2->pid ? 'worker 2' : "pid $pid");
$runs = $early = [];
foreach (fault_records($log) as $rec) {
    $runs[$rec['n']][] = "{$rec['ev']} attempt {$rec['attempt']} on " . $who($rec['pid']);
    if ($rec['ev'] === 'start' && $rec['pid'] === $w2->pid && isset($state['reserved'][$rec['n']]) && (int) floor($rec['t']) < $score) {
        $early[] = $rec;
    }
}
ksort($runs);
foreach ($runs as $n => $events) {
    echo "job $n: ", implode(', ', $events), "\n";
}
qwb_ok('no reserved job ran again before its reservation expired', $early === [], $early);
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('fault_sigterm_redis_down');
?>
--EXPECT--
ok - worker 1 started job 1
-- Redis goes away (SHUTDOWN SAVE), then SIGTERM, then job 1 ends
ok - worker 1 exits within 3 s
exit status 0
hook stopping 0 interrupted
daemon returned 0
ok - it logged the acknowledgement it could not send
ok - it logged the 3 jobs reserved ahead it could not give back
-- Redis is back with its data; worker 2
ready [5 6], reserved 1(attempts 1) 2(attempts 0) 3(attempts 0) 4(attempts 0)
ok - worker 2 ran everything and Redis is empty
worker 2 exit status 0
job 1: start attempt 1 on worker 1, end attempt 1 on worker 1, start attempt 2 on worker 2, end attempt 2 on worker 2
job 2: start attempt 1 on worker 2, end attempt 1 on worker 2
job 3: start attempt 1 on worker 2, end attempt 1 on worker 2
job 4: start attempt 1 on worker 2, end attempt 1 on worker 2
job 5: start attempt 1 on worker 2, end attempt 1 on worker 2
job 6: start attempt 1 on worker 2, end attempt 1 on worker 2
ok - no reserved job ran again before its reservation expired
