--TEST--
A connection killed by the server (CLIENT KILL, on an own redis-server) is reopened by the next call, with AUTH and SELECT redone: size(), push(), pop() and later() after a kill all work in the configured database, and no link is leaked
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

const PASSWORD = 'kill-test-pw';
$state = sys_get_temp_dir() . '/qwt-conn_reconnect_client_kill-' . md5(__DIR__) . '.json';

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

/* Starts an own redis-server on a free port; returns [proc, port] once it answers as that very process. */
function start_server(array $extra, ?string $password, string $state): array
{
    for ($try = 0; $try < 3; $try++) {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        $proc = proc_open(array_merge([getenv('QWORKER_TEST_REDIS_SERVER'), '--port', (string) $port, '--bind', '127.0.0.1',
            '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', sys_get_temp_dir()], $extra),
            [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
        $pid = proc_get_status($proc)['pid'];
        file_put_contents($state, json_encode(['pid' => $pid]));
        for ($deadline = microtime(true) + 5; microtime(true) < $deadline && proc_get_status($proc)['running']; usleep(10000)) {
            if (!($c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1))) {
                continue;
            }
            fclose($c);
            try {
                $r = new QwTestRedis('127.0.0.1', $port);
                if ($password !== null) {
                    $r->cmd('AUTH', $password);
                }
                if (preg_match('/process_id:(\d+)/', $r->cmd('INFO', 'server'), $m) && (int) $m[1] === $pid) {
                    return [$proc, $port];
                }
                break; /* someone else's server took the port */
            } catch (RuntimeException $e) {
            }
        }
        stop_server($proc);
    }
    exit("could not start redis-server\n");
}

[$proc, $port] = start_server(['--requirepass', PASSWORD], PASSWORD, $state);
$r = new QwTestRedis('127.0.0.1', $port);
$r->cmd('AUTH', PASSWORD);
$r->cmd('SELECT', '2');
$r->cmd('CLIENT', 'SETNAME', 'checker');

/* Kills every connection but the checker's (SKIPME): only the worker's. */
$kill = fn () => $r->cmd('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
$llen = fn () => $r->key('LLEN', 'queues:default');

$w = new QWorker(['host' => '127.0.0.1', 'port' => $port, 'password' => PASSWORD, 'database' => 2, 'prefix' => qw_test_prefix()]);
$w->push('ConnJob@handle', 1);
echo 'pushed: llen ', $llen(), "\n";

echo 'kill: ', $kill(), ', size(): ', $w->size(), "\n";
echo 'kill: ', $kill(), ', push(): ';
$w->push('ConnJob@handle', 2);
echo 'llen ', $llen(), "\n";
echo 'kill: ', $kill(), ', pop(): ', json_encode($w->pop()->payload()['data']), "\n";
echo 'kill: ', $kill(), ', later(): ';
$w->later(30, 'ConnJob@handle', 3);
echo 'delayed ', $r->key('ZCARD', 'queues:default:delayed'), ', size ', $w->size(), "\n";
echo 'kill: ', $kill(), ', clear(): ', $w->clear(), ', size ', $w->size(), "\n";

/* Everything happened in database 2, under AUTH. */
$r->cmd('SELECT', '0');
echo 'keys in db 0: ', count($r->cmd('KEYS', '*')), "\n";
$clients = array_filter(explode("\n", trim($r->cmd('CLIENT', 'LIST'))));
echo 'connections: ', count($clients), ', worker in db 2: ',
    count(array_filter($clients, fn ($l) => !str_contains($l, 'name=checker') && str_contains($l, ' db=2 '))), "\n";
stop_server($proc);
@unlink($state);
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-conn_reconnect_client_kill-' . md5(__DIR__) . '.json';
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
pushed: llen 1
kill: 1, size(): 1
kill: 1, push(): llen 2
kill: 1, pop(): 1
kill: 1, later(): delayed 1, size 3
kill: 1, clear(): 3, size 0
keys in db 0: 0
connections: 2, worker in db 2: 1
