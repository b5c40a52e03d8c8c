--TEST--
Pool metrics: with json, the supervisor writes JSON lines on stdout: an event as each worker starts and exits (pid, queue, status, lifetime), as the pool stops (the reason), and, last, an {"event":"metrics"} line with the same numbers as /metrics: totals, per queue and job the outcomes, runtime and wait summaries, queue depths, groups (no worker left running by then); without json, none
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$created = time() - 2;
for ($i = 0; $i < 3; $i++) {
    pool_metrics_push($r, 'default', ['us' => 30000], ['createdAt' => $created]);
}
pool_metrics_push($r, 'default', ['fail' => true], ['displayName' => 'Failing']);
$c = pool_child(['processes' => 2, 'sleep' => 0.1, 'json' => true], [], '$w->setExceptionHandler(function () {});');
qwb_ok('the jobs ran', fault_wait(fn () => $r->cmd('LLEN', qw_test_prefix() . 'queues:default') == 0 && $r->cmd('ZCARD', qw_test_prefix() . 'queues:default:reserved') == 0, 10), [$c->output(), $c->errors()]);
usleep(200000);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
$lines = array_values(array_filter(explode("\n", $c->output()), fn ($l) => str_starts_with($l, '{')));
$events = array_map(fn ($l) => json_decode($l, true), $lines);
echo implode(' ', array_column($events, 'event')), "\n";
$workers = pool_started($c);
foreach ($events as $e) {
    if ($e['event'] === 'worker_started' || $e['event'] === 'worker_exited') {
        qwb_ok("$e[event] names a worker and its queue", in_array($e['pid'], $workers, true) && $e['queue'] === 'default', $e);
    }
    if ($e['event'] === 'worker_exited') {
        qwb_ok('worker_exited: status 0, lived', $e['status'] === 0 && $e['lived'] > 0, $e);
    }
    if ($e['event'] === 'stopping') {
        echo 'stopping: ', $e['reason'], ' ', $e['signal'], "\n";
    }
}
$e = end($events);
echo $e['event'], ' ', json_encode($e['totals']), ' ', json_encode($e['queues']), ' ', json_encode($e['groups']), ' ', json_encode($e['paused']), "\n";
qwb_ok('time and name', abs($e['time'] - microtime(true)) < 5 && $e['name'] === gethostname() . ':' . $c->pid, $e);
usort($e['jobs'], fn ($a, $b) => strcmp($a['job'], $b['job']));
foreach ($e['jobs'] as $j) {
    echo $j['queue'], ' ', $j['job'], ' ', $j['processed'], ' ', $j['failed'], ' ', $j['released'], ' runtime count ', $j['runtime']['count'], ' wait count ', $j['wait']['count'], "\n";
}
$ok = $e['jobs'][1];
qwb_ok('runtime p50 within 0.03 to 0.5 s', $ok['runtime']['p50'] >= 0.03 && $ok['runtime']['p50'] < 0.5, $ok);
qwb_ok('wait p99 from createdAt: at least 2 s, at most the time since', $ok['wait']['p99'] >= 2 && $ok['wait']['p99'] <= microtime(true) - $created, $ok);
qwb_ok('no wait quantile for jobs without a push time', $e['jobs'][0]['wait']['p50'] === null, $e['jobs'][0]);
echo 'workers running: ', json_encode($e['workers']), "\n";

$c = pool_child(['processes' => 1, 'sleep' => 0.1]);
qwb_ok('a worker started', fault_wait(fn () => count(pool_started($c)) === 1, 10));
$c->signal(15);
$c->wait(10);
echo 'without json: ', substr_count($c->output(), '{'), " JSON line\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
ok - the jobs ran
exit status 0
worker_started worker_started stopping worker_exited worker_exited metrics
ok - worker_started names a worker and its queue
ok - worker_started names a worker and its queue
stopping: signal 15
ok - worker_exited names a worker and its queue
ok - worker_exited: status 0, lived
ok - worker_exited names a worker and its queue
ok - worker_exited: status 0, lived
metrics {"processed":3,"failed":1,"released":0} {"default":{"ready":0,"delayed":0,"reserved":0}} {"default":{"processes":0,"target":2}} false
ok - time and name
default Failing 0 1 0 runtime count 1 wait count 0
default MetricsJob 3 0 0 runtime count 3 wait count 3
ok - runtime p50 within 0.03 to 0.5 s
ok - wait p99 from createdAt: at least 2 s, at most the time since
ok - no wait quantile for jobs without a push time
workers running: []
ok - a worker started
without json: 0 JSON line
