--TEST--
timeout (connect): when the server's accept queue is full the SYN goes unanswered, and the constructor throws ConnectionException "cannot connect to Redis at 127.0.0.1:PORT: ..." after about "timeout" seconds (int, float or numeric string) instead of the system's minutes
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
/* Needs Linux' behaviour: a full accept queue drops new SYNs. */
$ctx = stream_context_create(['socket' => ['backlog' => 0]]);
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$addr = 'tcp://' . stream_socket_get_name($s, false);
$held = [];
for ($i = 0; $i < 4; $i++) {
    $c = @stream_socket_client($addr, $errno, $errstr, 0.1);
    if (!$c) {
        exit; /* the queue filled up: the test can run */
    }
    $held[] = $c;
}
die('skip a full accept queue does not make connect() wait here');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

$ctx = stream_context_create(['socket' => ['backlog' => 0]]);
$full = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$port = (int) substr(strrchr(stream_socket_get_name($full, false), ':'), 1);
/* Fill the accept queue until a connect times out. */
$held = [];
for ($i = 0; $i < 4; $i++) {
    $c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.1);
    if (!$c) {
        break;
    }
    $held[] = $c;
}
echo 'queue full: ', $c === false ? 'yes' : 'no', "\n";

foreach ([0.3, '0.3', 1] as $timeout) {
    $t = microtime(true);
    try {
        new QWorker(['host' => '127.0.0.1', 'port' => $port, 'timeout' => $timeout]);
        echo "timeout $timeout: connected?\n";
    } catch (QWorker\ConnectionException $e) {
        $took = microtime(true) - $t;
        $min = (float) $timeout - 0.1;
        echo 'timeout ', var_export($timeout, true), ': ', str_replace(":$port", ':PORT', $e->getMessage()),
            $took >= $min && $took < $min + 1 ? " [in time]\n" : sprintf(" [took %.3f s]\n", $took);
    }
}
?>
--EXPECT--
queue full: yes
timeout 0.3: cannot connect to Redis at 127.0.0.1:PORT: Connection timed out [in time]
timeout '0.3': cannot connect to Redis at 127.0.0.1:PORT: Connection timed out [in time]
timeout 1: cannot connect to Redis at 127.0.0.1:PORT: Connection timed out [in time]
