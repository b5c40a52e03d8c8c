--TEST--
Nobody listening: the constructor throws QWorker\ConnectionException (a QWorker\Exception and RuntimeException) "cannot connect to Redis at 127.0.0.1:PORT: Connection refused", with or without a connect timeout, and likewise for a unix socket nobody listens on
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

/* A port nobody listens on: bound by the kernel, then released. */
$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
fclose($s);
$sock = sys_get_temp_dir() . '/qwt-conn_refused-' . substr(md5(__DIR__), 0, 8) . '.sock';
@unlink($sock);
$u = stream_socket_server("unix://$sock");
fclose($u); /* the file stays, nobody accepts on it */

$cases = [
    'tcp' => ['host' => '127.0.0.1', 'port' => $port],
    'tcp, string port' => ['host' => '127.0.0.1', 'port' => (string) $port],
    'tcp with timeout' => ['host' => '127.0.0.1', 'port' => $port, 'timeout' => 0.5],
    'tcp:// host' => ['host' => 'tcp://127.0.0.1', 'port' => $port],
    'unix socket' => ['host' => "unix://$sock"],
    'unix socket with timeout' => ['scheme' => 'unix', 'path' => $sock, 'timeout' => 0.5],
];
foreach ($cases as $name => $settings) {
    $t = microtime(true);
    try {
        new QWorker($settings);
        echo "$name: connected?\n";
    } catch (QWorker\ConnectionException $e) {
        printf("%s: %s [%s, %s, code %d, fast: %s]\n", $name, str_replace([":$port", $sock], [':PORT', 'SOCK'], $e->getMessage()),
            $e instanceof QWorker\Exception ? 'QWorker\Exception' : '-', $e instanceof RuntimeException ? 'RuntimeException' : '-',
            $e->getCode(), microtime(true) - $t < 1 ? 'yes' : 'no');
    }
}
unlink($sock);
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/qwt-conn_refused-' . substr(md5(__DIR__), 0, 8) . '.sock'); ?>
--EXPECT--
tcp: cannot connect to Redis at 127.0.0.1:PORT: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
tcp, string port: cannot connect to Redis at 127.0.0.1:PORT: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
tcp with timeout: cannot connect to Redis at 127.0.0.1:PORT: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
tcp:// host: cannot connect to Redis at 127.0.0.1:PORT: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
unix socket: cannot connect to Redis at SOCK: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
unix socket with timeout: cannot connect to Redis at SOCK: Connection refused [QWorker\Exception, RuntimeException, code 0, fast: yes]
