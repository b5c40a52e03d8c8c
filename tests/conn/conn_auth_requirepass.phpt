--TEST--
Password-only AUTH against a redis-server with requirepass: the right password (with or without username "default") works, a wrong one throws ConnectionException with Redis' WRONGPASS text and host:port, no password leaves commands refused with NOAUTH
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

const PASSWORD = 's3cret pass/word';
$state = sys_get_temp_dir() . '/qwt-conn_auth_requirepass-' . md5(__DIR__) . '.json';

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
$raw = new QwTestRedis('127.0.0.1', $port);
$raw->cmd('AUTH', PASSWORD);
$show = fn (string $m) => str_replace(":$port", ':PORT', $m);

$cases = [
    'right password' => ['password' => PASSWORD],
    'user "default" + right password' => ['username' => 'default', 'password' => PASSWORD],
    'empty username + right password' => ['username' => '', 'password' => PASSWORD],
    'wrong password' => ['password' => 'wrong'],
    'user "default" + wrong password' => ['username' => 'default', 'password' => 'wrong'],
    'no password' => [],
    'empty password' => ['password' => ''],
];
foreach ($cases as $name => $settings) {
    $w = null;
    try {
        $w = new QWorker($settings + ['port' => $port, 'prefix' => qw_test_prefix()]);
        echo "$name: connected, password=", var_export($w->getSettings()['password'], true), "\n";
        $w->push('ConnJob@handle', $name);
        echo "  pushed, llen=", $raw->key('LLEN', 'queues:default'), "\n";
    } catch (Throwable $e) {
        echo $w ? '  ' : "$name: ", get_class($e), ': ', $show($e->getMessage()), "\n";
    }
}
stop_server($proc);
@unlink($state);
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-conn_auth_requirepass-' . md5(__DIR__) . '.json';
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
right password: connected, password='********'
  pushed, llen=1
user "default" + right password: connected, password='********'
  pushed, llen=2
empty username + right password: connected, password='********'
  pushed, llen=3
wrong password: QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
user "default" + wrong password: QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
no password: connected, password=NULL
  QWorker\RedisException: Redis refused the push script: NOAUTH Authentication required.
empty password: connected, password=NULL
  QWorker\RedisException: Redis refused the push script: NOAUTH Authentication required.
