--TEST--
A unix socket path longer than hiredis can hand connect() whole (106 bytes on Linux: sun_path less the terminator hiredis's copy must carry) is refused with a ValueError naming the key (host, path, in settings and cache stores); a 106-byte path connects to a redis-server listening on it
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (PHP_OS_FAMILY !== 'Linux') die('skip sun_path is 108 bytes on Linux');
if (!is_executable((string) getenv('QWORKER_TEST_REDIS_SERVER'))) die('skip QWORKER_TEST_REDIS_SERVER not set');
if (!function_exists('proc_open')) die('skip proc_open() not available');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

/* A socket path of exactly $len bytes. */
function sock_path(int $len): string
{
    $base = sys_get_temp_dir() . '/qwt-' . getmypid() . '-';
    return $base . str_repeat('s', $len - strlen($base) - 5) . '.sock';
}

function attempt(string $label, callable $fn): void
{
    try {
        $fn();
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', preg_replace('~/\S+\.sock~', 'SOCK', $e->getMessage()), "\n";
    }
}

/* State for --CLEAN--, in case this script dies with the server running. */
$state = sys_get_temp_dir() . '/qwt-conn_unix_socket_path_length-' . md5(__DIR__) . '.json';
$sock = sock_path(106);
@unlink($sock);
$proc = proc_open([getenv('QWORKER_TEST_REDIS_SERVER'), '--port', '0', '--unixsocket', $sock, '--unixsocketperm', '700',
    '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', sys_get_temp_dir()],
    [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
file_put_contents($state, json_encode(['pid' => proc_get_status($proc)['pid'], 'sock' => $sock]));
for ($deadline = microtime(true) + 5; microtime(true) < $deadline && !file_exists($sock); usleep(10000));

echo "-- 106 bytes: connects\n";
foreach (['host' => "unix://$sock", 'bare host' => $sock] as $label => $host) {
    attempt("$label, " . strlen($sock) . ' bytes', function () use ($host, $sock) {
        $w = new QWorker(['host' => $host, 'prefix' => qw_test_prefix()]);
        echo $w->getSettings()['path'] === $sock ? 'path kept whole, ' : 'path CHANGED, ', 'size ', $w->size(), "\n";
    });
}
attempt('scheme unix + path', fn () => new QWorker(['scheme' => 'unix', 'path' => $sock]));
attempt('setCache', fn () => qw_test_worker()->setCache(['driver' => 'redis', 'host' => "unix://$sock"]));
$t = QWorker::restart(['driver' => 'redis', 'scheme' => 'unix', 'path' => $sock, 'prefix' => qw_test_prefix()]);
$key = qw_test_prefix() . 'illuminate:queue:restart';
$raw = stream_socket_client("unix://$sock");
fwrite($raw, '*2' . "\r\n" . '$3' . "\r\nGET\r\n" . '$' . strlen($key) . "\r\n$key\r\n");
fgets($raw);
echo 'restart wrote through the socket: ', trim(fgets($raw)) === (string) $t ? 'yes' : 'NO', "\n";
fclose($raw);
proc_terminate($proc, 15);
proc_close($proc);
@unlink($sock);
@unlink($state);

echo "-- longer: refused before connecting\n";
foreach ([107, 108, 200] as $len) {
    $long = sock_path($len);
    attempt("host unix:// $len", fn () => new QWorker(['host' => "unix://$long"]));
    attempt("bare host $len", fn () => new QWorker(['host' => $long]));
    attempt("scheme unix + path $len", fn () => new QWorker(['scheme' => 'unix', 'path' => $long]));
}
$long = sock_path(108);
attempt('setCache host', fn () => qw_test_worker()->setCache(['driver' => 'redis', 'host' => "unix://$long"]));
attempt('restart path', fn () => QWorker::restart(['driver' => 'redis', 'scheme' => 'unix', 'path' => $long]));

echo "-- a long path with scheme tcp names no socket: not checked\n";
attempt('scheme tcp + path', fn () => qw_test_worker(['scheme' => 'tcp', 'path' => $long])->size());
?>
--CLEAN--
<?php
$state = sys_get_temp_dir() . '/qwt-conn_unix_socket_path_length-' . md5(__DIR__) . '.json';
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
-- 106 bytes: connects
path kept whole, size 0
host, 106 bytes: accepted
path kept whole, size 0
bare host, 106 bytes: accepted
scheme unix + path: accepted
setCache: accepted
restart wrote through the socket: yes
-- longer: refused before connecting
host unix:// 107: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 107 given
bare host 107: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 107 given
scheme unix + path 107: ValueError: QWorker::__construct(): Argument #1 ($settings) key "path" must name a socket path of at most 106 bytes, 107 given
host unix:// 108: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 108 given
bare host 108: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 108 given
scheme unix + path 108: ValueError: QWorker::__construct(): Argument #1 ($settings) key "path" must name a socket path of at most 106 bytes, 108 given
host unix:// 200: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 200 given
bare host 200: ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must name a socket path of at most 106 bytes, 200 given
scheme unix + path 200: ValueError: QWorker::__construct(): Argument #1 ($settings) key "path" must name a socket path of at most 106 bytes, 200 given
setCache host: ValueError: QWorker::setCache(): Argument #1 ($store) key "host" must name a socket path of at most 106 bytes, 108 given
restart path: ValueError: QWorker::restart(): Argument #1 ($store) key "path" must name a socket path of at most 106 bytes, 108 given
-- a long path with scheme tcp names no socket: not checked
scheme tcp + path: accepted
