--TEST--
A dropped connection is reopened: after the server restarts, the next size(), push() or pop() just works on a fresh link (nothing to do for the user); while the server is down a call throws ConnectionException "cannot connect to Redis at 127.0.0.1:PORT: Connection refused"
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!is_executable((string) getenv('QWORKER_TEST_REDIS_SERVER'))) die('skip QWORKER_TEST_REDIS_SERVER not set');
if (!function_exists('proc_open')) die('skip proc_open() not available');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

$state = sys_get_temp_dir() . '/qwt-conn_reconnect_restart-' . md5(__DIR__) . '.json';

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

/* Starts an own redis-server on $port (a free one when null); returns [proc, port] once it answers as that very process. */
function start_server(?int $port, string $state): array
{
    for ($try = 0; $try < 3; $try++) {
        $p = $port;
        if ($p === null) {
            $s = stream_socket_server('tcp://127.0.0.1:0');
            $p = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
            fclose($s);
        }
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

/* SHUTDOWN NOSAVE through a raw client, then waits for the process to end. */
function shutdown_server($proc, int $port): void
{
    try {
        (new QwTestRedis('127.0.0.1', $port))->cmd('SHUTDOWN', 'NOSAVE');
    } catch (RuntimeException $e) {
        /* the server closes the link instead of answering */
    }
    for ($i = 0; $i < 250 && proc_get_status($proc)['running']; $i++) {
        usleep(20000);
    }
    stop_server($proc);
}

[$proc, $port] = start_server(null, $state);
$show = fn (string $m) => str_replace(":$port", ':PORT', $m);
$w = new QWorker(['host' => '127.0.0.1', 'port' => $port, 'prefix' => qw_test_prefix()]);
$w->push('ConnJob@handle', 'before');
echo 'before the restart: size ', $w->size(), "\n";

shutdown_server($proc, $port);
foreach (['size' => fn () => $w->size(), 'push' => fn () => $w->push('ConnJob@handle', 'lost')] as $name => $call) {
    try {
        $call();
        echo "$name() while down: worked?\n";
    } catch (QWorker\ConnectionException $e) {
        echo "$name() while down: ", $show($e->getMessage()), "\n";
    }
}

/* Restarted on the same port: push() is the first call, and is not repeated. */
[$proc] = start_server($port, $state);
$id = $w->push('ConnJob@handle', 'after restart 1');
$r = new QwTestRedis('127.0.0.1', $port);
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
echo 'restart 1, push(): llen ', count($list), ', ours: ', json_decode($list[0], true)['id'] === $id ? 'yes' : 'no', ', size ', $w->size(), "\n";

/* Restarted again without a call in between: size() is the first call. */
shutdown_server($proc, $port);
[$proc] = start_server($port, $state);
echo 'restart 2, size(): ', $w->size(), "\n";
$w->push('ConnJob@handle', 'after restart 2');

/* And pop() after a third restart. */
shutdown_server($proc, $port);
[$proc] = start_server($port, $state);
$r = new QwTestRedis('127.0.0.1', $port);
$r->key('RPUSH', 'queues:default', json_encode(['uuid' => 'u1', 'id' => 'i1', 'job' => 'ConnJob@handle', 'data' => 'raw', 'attempts' => 0]));
$job = $w->pop();
echo 'restart 3, pop(): ', $job ? $job->getJobId() : 'NULL', "\n";

$clients = array_filter(explode("\n", trim($r->cmd('CLIENT', 'LIST'))));
echo 'connections on the server: ', count($clients), "\n";
stop_server($proc);
@unlink($state);
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-conn_reconnect_restart-' . md5(__DIR__) . '.json';
if (is_file($state)) {
    $pid = (int) json_decode(file_get_contents($state), true)['pid'];
    $comm = @file_get_contents("/proc/$pid/comm");
    if ($pid > 0 && $comm !== false && str_starts_with($comm, 'redis-server')) {
        proc_close(proc_open(['kill', (string) $pid], [], $pipes));
    }
    @unlink($state);
}
?>
--EXPECT--
before the restart: size 1
size() while down: cannot connect to Redis at 127.0.0.1:PORT: Connection refused
push() while down: cannot connect to Redis at 127.0.0.1:PORT: Connection refused
restart 1, push(): llen 1, ours: yes, size 1
restart 2, size(): 0
restart 3, pop(): i1
connections on the server: 2
