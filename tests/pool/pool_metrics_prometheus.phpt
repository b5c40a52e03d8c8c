--TEST--
Pool metrics: GET /metrics serves Prometheus text (200, text/plain version 0.0.4) whose job counters match the jobs run exactly (processed, failed, released per queue and job), runtime quantiles lie within the jobs' known sleeps, waits are counted from pushedAt / createdAt on first attempts only, label values are escaped; the process, RSS and paused gauges are there; any other path is 404, any other method 405
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$port = pool_metrics_free_port();
$now = microtime(true);
for ($i = 0; $i < 10; $i++) {
    pool_metrics_push($r, 'default', ['us' => 40000], ['pushedAt' => sprintf('%.4f', $now - 5)]);
}
for ($i = 0; $i < 2; $i++) {
    /* retries: no wait */
    pool_metrics_push($r, 'default', ['us' => 40000], ['attempts' => 1, 'maxTries' => 3, 'pushedAt' => sprintf('%.4f', $now - 5)]);
}
for ($i = 0; $i < 4; $i++) {
    pool_metrics_push($r, 'default', ['fail' => true], ['displayName' => 'App\Jobs\Failing', 'createdAt' => (int) $now - 3]);
}
for ($i = 0; $i < 3; $i++) {
    pool_metrics_push($r, 'default', ['release' => 60], ['displayName' => 'Say "hi" \ there', 'maxTries' => 5]);
}
$c = pool_child(['processes' => 2, 'sleep' => 0.1, 'metrics' => "127.0.0.1:$port"], [], '$w->setExceptionHandler(function () {});');
$m = null;
qwb_ok('19 jobs counted', fault_wait(function () use ($port, &$m) {
    $res = pool_metrics_get($port);
    $m = $res ? pool_metrics_parse($res['body']) : null;
    return $m && pool_metrics_sum($m, 'qworker_jobs_total') == 19;
}, 15), [$m, $c->output(), $c->errors()]);
/* the depths are read at most once a second: the next read sees the queue as the jobs left it */
qwb_ok('the depth gauges catch up within 2 s', fault_wait(function () use ($port, &$res, &$m) {
    $res = pool_metrics_get($port);
    $m = pool_metrics_parse($res['body']);
    return pool_metrics_value($m, 'qworker_queue_jobs', ['queue' => 'default', 'state' => 'delayed']) == 3
        && pool_metrics_value($m, 'qworker_queue_jobs', ['queue' => 'default', 'state' => 'ready']) == 0;
}, 2.5), $m);
echo $res['status'], ' ', $res['type'], "\n";
foreach (['MetricsJob', 'App\Jobs\Failing', 'Say "hi" \ there'] as $job) {
    echo $job, ':';
    foreach (['processed', 'failed', 'released'] as $o) {
        echo " $o ", pool_metrics_value($m, 'qworker_jobs_total', ['queue' => 'default', 'job' => $job, 'outcome' => $o]);
    }
    echo "\n";
}
$ok = ['queue' => 'default', 'job' => 'MetricsJob'];
echo 'runtime count ', pool_metrics_value($m, 'qworker_job_runtime_seconds_count', $ok), "\n";
foreach (['0.5', '0.95', '0.99'] as $q) {
    $v = pool_metrics_value($m, 'qworker_job_runtime_seconds', $ok + ['quantile' => $q]);
    qwb_ok("runtime quantile $q within 0.04 to 0.5 s", $v >= 0.04 && $v < 0.5, $v);
}
$sum = pool_metrics_value($m, 'qworker_job_runtime_seconds_sum', $ok);
qwb_ok('runtime sum within 12 x 0.04 to 12 x 0.5 s', $sum >= 0.48 && $sum < 6, $sum);
echo 'wait count ', pool_metrics_value($m, 'qworker_job_wait_seconds_count', $ok), "\n";
$v = pool_metrics_value($m, 'qworker_job_wait_seconds', $ok + ['quantile' => '0.5']);
qwb_ok('wait median from pushedAt: at least 5 s, at most the time since', $v >= 5 && $v <= microtime(true) - ($now - 5), $v);
$failing = ['queue' => 'default', 'job' => 'App\Jobs\Failing'];
echo 'failing wait count ', pool_metrics_value($m, 'qworker_job_wait_seconds_count', $failing), "\n";
$v = pool_metrics_value($m, 'qworker_job_wait_seconds', $failing + ['quantile' => '0.99']);
qwb_ok('wait from createdAt (whole seconds): at least 3 s, at most the time since', $v >= 3 && $v <= microtime(true) - ((int) $now - 3), $v);
qwb_ok('escaped label in the text', str_contains($res['body'], 'job="Say \"hi\" \\\\ there"'), $res['body']);
foreach (['ready', 'delayed', 'reserved'] as $s) {
    echo "queue default $s ", pool_metrics_value($m, 'qworker_queue_jobs', ['queue' => 'default', 'state' => $s]), "\n";
}
echo 'processes ', pool_metrics_value($m, 'qworker_processes', ['group' => 'default']), ' target ', pool_metrics_value($m, 'qworker_processes_target', ['group' => 'default']), "\n";
$pids = array_map(fn ($s) => (int) $s[0]['pid'], $m['qworker_worker_rss_bytes'] ?? []);
sort($pids);
$started = pool_started($c);
sort($started);
qwb_ok('one RSS gauge per worker', $pids === $started, [$pids, $started]);
qwb_ok('RSS above 1 MB', min(array_map(fn ($s) => $s[1], $m['qworker_worker_rss_bytes'])) > 1048576);
echo 'paused ', pool_metrics_value($m, 'qworker_pool_paused'), "\n";
$res = pool_metrics_get($port, '/other');
echo $res['status'], "\n";
echo pool_metrics_get($port, '/metrics', 'POST')['status_line'] ?? 'no answer', "\n";
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
qwb_ok('the listener is closed', pool_metrics_get($port) === null);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
ok - 19 jobs counted
ok - the depth gauges catch up within 2 s
200 text/plain; version=0.0.4; charset=utf-8
MetricsJob: processed 12 failed 0 released 0
App\Jobs\Failing: processed 0 failed 4 released 0
Say "hi" \ there: processed 0 failed 0 released 3
runtime count 12
ok - runtime quantile 0.5 within 0.04 to 0.5 s
ok - runtime quantile 0.95 within 0.04 to 0.5 s
ok - runtime quantile 0.99 within 0.04 to 0.5 s
ok - runtime sum within 12 x 0.04 to 12 x 0.5 s
wait count 10
ok - wait median from pushedAt: at least 5 s, at most the time since
failing wait count 4
ok - wait from createdAt (whole seconds): at least 3 s, at most the time since
ok - escaped label in the text
queue default ready 0
queue default delayed 3
queue default reserved 0
processes 2 target 2
ok - one RSS gauge per worker
ok - RSS above 1 MB
paused 0
404
HTTP/1.0 405 Method Not Allowed
exit status 0
ok - the listener is closed
