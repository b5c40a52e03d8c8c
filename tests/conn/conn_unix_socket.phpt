--TEST--
Connection over a unix socket: host "unix:///path", scheme "unix" + path and a bare "/path" host all reach a redis-server listening only on that socket; a missing socket throws ConnectionException naming the path
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

/* State for --CLEAN--, in case this script dies with the server running. */
$state = sys_get_temp_dir() . '/qwt-conn_unix_socket-' . md5(__DIR__) . '.json';
$sock = sys_get_temp_dir() . '/qwt-' . getmypid() . '.sock';
@unlink($sock);

$proc = proc_open([getenv('QWORKER_TEST_REDIS_SERVER'), '--port', '0', '--unixsocket', $sock, '--unixsocketperm', '700',
    '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', sys_get_temp_dir()],
    [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
$pid = proc_get_status($proc)['pid'];
file_put_contents($state, json_encode(['pid' => $pid, 'sock' => $sock]));

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

/* A raw RESP client on the socket, to check the server independently of QWorker. */
final class UnixRedis
{
    private $s;

    public function __construct(string $path)
    {
        $this->s = @stream_socket_client("unix://$path", $errno, $errstr, 1);
        if (!$this->s) {
            throw new RuntimeException($errstr);
        }
        stream_set_timeout($this->s, 5);
    }

    public function cmd(string ...$args)
    {
        $out = '*' . count($args) . "\r\n";
        foreach ($args as $a) {
            $out .= '$' . strlen($a) . "\r\n$a\r\n";
        }
        fwrite($this->s, $out);
        return $this->read();
    }

    private function read()
    {
        $line = fgets($this->s);
        if ($line === false) {
            throw new RuntimeException('closed');
        }
        $body = substr($line, 1, -2);
        switch ($line[0]) {
            case '+': return $body;
            case '-': throw new RuntimeException($body);
            case ':': return (int) $body;
            case '$':
                if ((int) $body < 0) {
                    return null;
                }
                $data = '';
                while (strlen($data) < (int) $body + 2) {
                    $data .= fread($this->s, (int) $body + 2 - strlen($data));
                }
                return substr($data, 0, -2);
            case '*':
                $items = [];
                for ($i = 0; $i < (int) $body; $i++) {
                    $items[] = $this->read();
                }
                return $items;
        }
        throw new RuntimeException("bad reply $line");
    }
}

$raw = null;
for ($deadline = microtime(true) + 5; microtime(true) < $deadline && proc_get_status($proc)['running']; usleep(10000)) {
    try {
        $raw = new UnixRedis($sock);
        if ($raw->cmd('PING') === 'PONG') {
            break;
        }
    } catch (RuntimeException $e) {
        $raw = null;
    }
}
if (!$raw) {
    stop_server($proc);
    exit("redis-server did not come up on $sock\n");
}

$prefix = qw_test_prefix();
$forms = [
    'unix:// host' => ['host' => "unix://$sock"],
    'scheme unix + path' => ['scheme' => 'unix', 'path' => $sock],
    'bare path host' => ['host' => $sock],
];
foreach ($forms as $name => $settings) {
    try {
        $w = new QWorker($settings + ['prefix' => $prefix]);
        $id = $w->push('ConnJob@handle', $name);
        $last = json_decode($raw->cmd('LINDEX', $prefix . 'queues:default', '-1'), true);
        $s = $w->getSettings();
        printf("%s: path=%s pushed=%s size=%d llen=%d\n", $name, $s['path'] === $sock ? 'SOCK' : var_export($s['path'], true),
            $last['id'] === $id && $last['data'] === $name ? 'yes' : 'NO', $w->size(), $raw->cmd('LLEN', $prefix . 'queues:default'));
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

/* host and port keep their defaults, unused for a socket. */
$s = (new QWorker(['scheme' => 'unix', 'path' => $sock]))->getSettings();
echo "defaults kept: host={$s['host']} port={$s['port']}\n";

/* The server listens on no TCP port: the socket was really used. */
echo 'tcp_port=', $raw->cmd('CONFIG', 'GET', 'port')[1], "\n";

stop_server($proc);
@unlink($sock);
try {
    new QWorker(['host' => "unix://$sock"]);
    echo "connected to a stopped server?\n";
} catch (QWorker\ConnectionException $e) {
    echo str_replace($sock, 'SOCK', $e->getMessage()), "\n";
}
@unlink($state);
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-conn_unix_socket-' . md5(__DIR__) . '.json';
if (is_file($state)) {
    $st = json_decode(file_get_contents($state), true);
    $comm = @file_get_contents("/proc/{$st['pid']}/comm");
    if ($comm !== false && str_starts_with($comm, 'redis-server')) {
        proc_close(proc_open(['kill', (string) $st['pid']], [], $pipes));
    }
    @unlink($st['sock']);
    @unlink($state);
}
?>
--EXPECT--
unix:// host: path=SOCK pushed=yes size=1 llen=1
scheme unix + path: path=SOCK pushed=yes size=2 llen=2
bare path host: path=SOCK pushed=yes size=3 llen=3
defaults kept: host=127.0.0.1 port=6379
tcp_port=0
cannot connect to Redis at SOCK: No such file or directory
