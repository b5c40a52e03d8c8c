--TEST--
Restart signal, redis store whose server goes away while the daemon runs (the signal was there at start): the failed reads are reported to the exception handler (no job) and count as no change, so the daemon goes on until max_time (0, "max_time_exceeded")
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!is_executable((string) getenv('QWORKER_TEST_REDIS_SERVER'))) die('skip QWORKER_TEST_REDIS_SERVER not set');
if (!function_exists('proc_open')) die('skip proc_open() not available');
?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();

$state = sys_get_temp_dir() . '/qwt-daemon_restart_redis_down-' . md5(__DIR__) . '.json';

function stop_server($proc): void
{
    proc_terminate($proc, 15);
    for ($i = 0; $i < 100 && proc_get_status($proc)['running']; $i++) {
        usleep(20000);
    }
    if (proc_get_status($proc)['running']) {
        proc_terminate($proc, 9);
    }
    proc_close($proc);
}

/* An own redis-server on a free port; returns [proc, port] once it answers as that very process. */
function start_server(string $state): array
{
    for ($try = 0; $try < 3; $try++) {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $p = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        $proc = proc_open([getenv('QWORKER_TEST_REDIS_SERVER'), '--port', (string) $p, '--bind', '127.0.0.1',
            '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', sys_get_temp_dir()],
            [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
        $pid = proc_get_status($proc)['pid'];
        file_put_contents($state, json_encode(['pid' => $pid]));
        for ($deadline = microtime(true) + 5; microtime(true) < $deadline && proc_get_status($proc)['running']; usleep(10000)) {
            if (!($c = @stream_socket_client("tcp://127.0.0.1:$p", $errno, $errstr, 1))) {
                continue;
            }
            fclose($c);
            try {
                $r = new QwTestRedis('127.0.0.1', $p);
                if (preg_match('/process_id:(\d+)/', $r->cmd('INFO', 'server'), $m) && (int) $m[1] === $pid) {
                    return [$proc, $p];
                }
                break; /* someone else's server took the port */
            } catch (RuntimeException $e) {
            }
        }
        stop_server($proc);
    }
    exit("could not start redis-server\n");
}

[$proc, $port] = start_server($state);
$store = qw_restart_redis_store(['host' => '127.0.0.1', 'port' => $port, 'timeout' => 0.5]);
$t = QWorker::restart($store);
echo "signal there at start: ", (new QwTestRedis('127.0.0.1', $port, 1))->cmd('GET', qw_restart_key($store)) === (string) $t ? 'yes' : 'no', "\n";

$w = qw_test_worker();
$w->setCache($store);
$reports = [];
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reports) {
    $reports[] = [get_class($e), $job === null];
});
$r = qw_restart_daemon($w, function (int $pass) use (&$proc, $state) {
    if ($pass === 3) {
        stop_server($proc);
        unlink($state);
        echo "cache server stopped\n";
    }
    return false;
}, ['max_time' => 3]);
printf("daemon() returned %d, stopping: [%s], ran ~3 s: %s\n", $r['status'], implode(', ', $r['stops']), $r['seconds'] >= 2.9 && $r['seconds'] < 5 ? 'yes' : round($r['seconds'], 2));
echo "read errors reported: ", count($reports) >= 1 ? 'yes' : 'no', "\n";
echo "all QWorker exceptions without a job: ", $reports && array_filter($reports, fn ($x) => !is_a($x[0], QWorker\Exception::class, true) || !$x[1]) === [] ? 'yes' : json_encode($reports), "\n";
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-daemon_restart_redis_down-' . md5(__DIR__) . '.json';
if (is_file($state)) {
    $pid = json_decode(file_get_contents($state), true)['pid'] ?? 0;
    if ($pid > 0 && function_exists('posix_kill') && is_file("/proc/$pid/cmdline") && str_contains(file_get_contents("/proc/$pid/cmdline"), 'redis-server')) {
        posix_kill($pid, 9);
    }
    unlink($state);
}
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
signal there at start: yes
cache server stopped
daemon() returned 0, stopping: [0 max_time_exceeded], ran ~3 s: yes
read errors reported: yes
all QWorker exceptions without a job: yes
