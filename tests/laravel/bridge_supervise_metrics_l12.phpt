--TEST--
Laravel bridge, qworker:supervise --metrics=PORT --json --status=0 (the Composer Laravel 12 app): GET /metrics counts the jobs the workers ran by queue, job and outcome and shows the pool's processes; --json makes both the workers' lines and the supervisor's event lines JSON on stdout; --status=0 writes no heartbeat
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('12', 'bridge_supervise_metrics');
$app->reset();
$app->dispatch('pool');
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);

$metrics = '';
$heartbeat = null;
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=2', '--sleep=0.1', "--metrics=$port", '--json', '--status=0'], true,
    function (int $pid, QwDropin $app) use ($port, &$metrics, &$heartbeat) {
        $app->waitForEvent('JobFailed', 1);
        /* The workers' reports reach the supervisor shortly after their jobs. */
        for ($end = microtime(true) + 15; microtime(true) < $end; usleep(100000)) {
            $metrics = (string) @file_get_contents("http://127.0.0.1:$port/metrics");
            if (str_contains($metrics, 'outcome="processed"} 30') && str_contains($metrics, 'outcome="failed"} 1')) {
                break;
            }
        }
        $heartbeat = (new QwTestRedis($app->redisHost, $app->redisPort, 0))->cmd('KEYS', $app->prefix . 'qworker:*');
        posix_kill($pid, SIGTERM);
    });
echo 'exit: ', $status, "\n";
$lines = preg_grep('/^qworker_(jobs_total|processes)\{/', explode("\n", $metrics));
sort($lines);
echo implode("\n", $lines), "\n";
echo 'heartbeat keys: ', json_encode($heartbeat), "\n";
$events = [];
$workerLines = 0;
$other = [];
foreach (explode("\n", trim($app->lastOutput())) as $line) {
    $json = json_decode($line, true);
    if (isset($json['event'])) {
        $events[$json['event']] = true;
    } elseif (isset($json['status'])) {
        $workerLines++;
    } elseif ($line !== '') {
        $other[] = $line;
    }
}
ksort($events);
echo 'supervisor events: ', implode(' ', array_keys($events)), "\n";
echo 'worker JSON lines: ', $workerLines, ', other lines: ', json_encode($other), "\n";
?>
--EXPECT--
exit: 0
qworker_jobs_total{queue="default",job="App\\Jobs\\AlwaysFails",outcome="failed"} 1
qworker_jobs_total{queue="default",job="App\\Jobs\\AlwaysFails",outcome="processed"} 0
qworker_jobs_total{queue="default",job="App\\Jobs\\AlwaysFails",outcome="released"} 0
qworker_jobs_total{queue="default",job="App\\Jobs\\Noop",outcome="failed"} 0
qworker_jobs_total{queue="default",job="App\\Jobs\\Noop",outcome="processed"} 30
qworker_jobs_total{queue="default",job="App\\Jobs\\Noop",outcome="released"} 0
qworker_processes{group="default"} 2
heartbeat keys: []
supervisor events: metrics stopping worker_exited worker_started
worker JSON lines: 62, other lines: []
