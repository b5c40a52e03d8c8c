--TEST--
Pool metrics: a bad metrics address, json or status value is a ValueError naming the key; a port already in use is a QWorker\Exception with nothing forked; daemon() outside a pool reports nothing and writes no heartbeat
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$w = qw_test_worker();
$w->on('starting', function () { echo "a worker started in ", getmypid() === $GLOBALS['me'] ? 'the test' : 'a child', "\n"; });
$me = getmypid();
foreach ([['metrics' => 'abc'], ['metrics' => '127.0.0.1:0'], ['metrics' => '70000'], ['metrics' => 'localhost:9090'],
    ['metrics' => ':9090'], ['metrics' => ['x']], ['json' => 1], ['status' => 'yes']] as $o) {
    try {
        $w->supervise('redis', null, $o + ['processes' => 1]);
    } catch (ValueError $e) {
        echo json_encode($o), ': ', $e->getMessage(), "\n";
    }
}
$busy = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($busy, false), ':'), 1);
try {
    $w->supervise('redis', null, ['processes' => 2, 'metrics' => "127.0.0.1:$port"]);
} catch (QWorker\Exception $e) {
    echo get_class($e), ': ', str_replace(":$port", ':PORT', $e->getMessage()), "\n";
}
fclose($busy);
$children = 0;
foreach (glob('/proc/[0-9]*/stat') as $f) {
    $stat = @file_get_contents($f);
    $children += $stat !== false && (int) explode(' ', substr($stat, strrpos($stat, ')') + 2))[1] === $me;
}
echo 'children: ', $children, "\n";

/* daemon() alone: no report pipe, nothing written but by the jobs */
$w->push('OkJob', ['n' => 1]);
ob_start();
$status = $w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0]);
$out = ob_get_clean();
echo 'daemon returned ', $status, ': ', trim(preg_replace('/^a worker started in the test\n/', '', $out)), "\n";
$r = new QwTestRedis();
echo json_encode($r->cmd('KEYS', qw_test_prefix() . 'qworker:*')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
{"metrics":"abc"}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be "PORT" or "IPV4:PORT" with a port from 1 to 65535
{"metrics":"127.0.0.1:0"}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be "PORT" or "IPV4:PORT" with a port from 1 to 65535
{"metrics":"70000"}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be "PORT" or "IPV4:PORT" with a port from 1 to 65535
{"metrics":"localhost:9090"}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be "PORT" or "IPV4:PORT" with a port from 1 to 65535
{"metrics":":9090"}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be "PORT" or "IPV4:PORT" with a port from 1 to 65535
{"metrics":["x"]}: QWorker::supervise(): Argument #3 ($options) key "metrics" must be a string, array given
{"json":1}: QWorker::supervise(): Argument #3 ($options) key "json" must be a bool, int given
{"status":"yes"}: QWorker::supervise(): Argument #3 ($options) key "status" must be a bool, string given
QWorker\Exception: QWorker::supervise() cannot listen on 127.0.0.1:PORT: Address already in use
children: 0
daemon returned 0: OkJob::fire {"n":1} attempt 1
[]
