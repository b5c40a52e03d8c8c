--TEST--
A NUL byte in a string that names something (host, path, scheme, prefix, queue, connection, the name and maintenance options, cache store keys and paths, queue and connection arguments) is refused with a ValueError naming the key or argument, and nothing reaches Redis or the file system
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
qw_test_cleanup();

function attempt(string $label, callable $fn): void
{
    try {
        $fn();
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    if (($keys = qw_test_keys()) !== []) {
        echo "  FAIL - Redis was written: ", implode(', ', array_map('json_encode', $keys)), "\n";
        qw_test_cleanup();
    }
}

echo "-- constructor settings\n";
$settings = [
    'host' => qw_test_host() . "\0junk",
    'host ' => "/tmp/qwt.sock\0junk",
    'host  ' => "unix:///tmp/qwt.sock\0junk",
    'host   ' => "tcp://" . qw_test_host() . "\0junk",
    'path' => "/tmp/qwt.sock\0junk",
    'scheme' => "tcp\0",
    'prefix' => qw_test_prefix() . "a\0x:",
    'queue' => "high\0a",
    'connection' => "redis\0x",
];
foreach ($settings as $key => $value) {
    $key = trim($key);
    $extra = $key === 'path' ? ['scheme' => 'unix'] : [];
    attempt("settings $key " . json_encode($value), fn () => new QWorker([$key => $value] + $extra + qw_test_settings()));
}

$w = qw_test_worker();
qw_observe($w);
$down = sys_get_temp_dir() . '/qwt-input_nul_bytes-' . getmypid();
touch($down);

echo "-- worker options\n";
foreach (['runNextJob', 'daemon'] as $method) {
    attempt("$method name", fn () => $w->$method('redis', null, ['name' => "w\0x", 'sleep' => 0, 'stop_when_empty' => true]));
    attempt("$method maintenance", fn () => $w->$method('redis', null, ['maintenance' => "$down\0x", 'sleep' => 0, 'stop_when_empty' => true]));
}
unlink($down);

echo "-- queue and connection arguments\n";
$queue = "high\0a";
attempt('runNextJob connection', fn () => $w->runNextJob("redis\0x", null, ['sleep' => 0]));
attempt('runNextJob queue', fn () => $w->runNextJob('redis', $queue, ['sleep' => 0]));
attempt('daemon connection', fn () => $w->daemon("redis\0x", null, ['sleep' => 0, 'stop_when_empty' => true]));
attempt('daemon queue', fn () => $w->daemon('redis', $queue, ['sleep' => 0, 'stop_when_empty' => true]));
attempt('pop', fn () => $w->pop($queue));
attempt('push', fn () => $w->push('OkJob', null, $queue));
attempt('later', fn () => $w->later(5, 'OkJob', null, $queue));
attempt('pushRaw', fn () => $w->pushRaw('{}', $queue));
attempt('laterRaw', fn () => $w->laterRaw(5, '{}', $queue));
attempt('size', fn () => $w->size($queue));
attempt('clear', fn () => $w->clear($queue));

echo "-- cache stores\n";
$redis = ['driver' => 'redis', 'host' => qw_test_host(), 'port' => qw_test_port(), 'prefix' => qw_test_prefix()];
$dir = sys_get_temp_dir() . '/qwt-input_nul_bytes-dir-' . getmypid();
$stores = [
    'redis host' => ['host' => qw_test_host() . "\0junk"] + $redis,
    'redis prefix' => ['prefix' => qw_test_prefix() . "\0x"] + $redis,
    'redis cache_prefix' => ['cache_prefix' => "c\0x"] + $redis,
    'redis separator' => ['separator' => ":\0"] + $redis,
    'file path' => ['driver' => 'file', 'path' => "$dir\0x"],
];
foreach ($stores as $label => $store) {
    attempt("setCache $label", fn () => $w->setCache($store));
    attempt("restart $label", fn () => QWorker::restart($store));
}
echo 'file store directory created: ', file_exists($dir) ? 'yes' : 'no', "\n";
if (file_exists($dir)) {
    exec('rm -rf ' . escapeshellarg($dir));
}

echo "-- username and password are sent to AUTH with their length: not refused, Redis answers\n";
try {
    qw_test_worker(['username' => "u\0x", 'password' => "p\0w"]);
    echo "connected?\n";
} catch (QWorker\ConnectionException $e) {
    echo get_class($e), str_contains($e->getMessage(), 'WRONGPASS') ? ": WRONGPASS\n" : ': ' . $e->getMessage() . "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- constructor settings
settings host "127.0.0.1\u0000junk": ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not contain any null bytes
settings host "\/tmp\/qwt.sock\u0000junk": ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not contain any null bytes
settings host "unix:\/\/\/tmp\/qwt.sock\u0000junk": ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not contain any null bytes
settings host "tcp:\/\/127.0.0.1\u0000junk": ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not contain any null bytes
settings path "\/tmp\/qwt.sock\u0000junk": ValueError: QWorker::__construct(): Argument #1 ($settings) key "path" must not contain any null bytes
settings scheme "tcp\u0000": ValueError: QWorker::__construct(): Argument #1 ($settings) key "scheme" must not contain any null bytes
settings prefix "qwt:input_nul_bytes:a\u0000x:": ValueError: QWorker::__construct(): Argument #1 ($settings) key "prefix" must not contain any null bytes
settings queue "high\u0000a": ValueError: QWorker::__construct(): Argument #1 ($settings) key "queue" must not contain any null bytes
settings connection "redis\u0000x": ValueError: QWorker::__construct(): Argument #1 ($settings) key "connection" must not contain any null bytes
-- worker options
runNextJob name: ValueError: QWorker::runNextJob(): Argument #3 ($options) key "name" must not contain any null bytes
runNextJob maintenance: ValueError: QWorker::runNextJob(): Argument #3 ($options) key "maintenance" must not contain any null bytes
daemon name: ValueError: QWorker::daemon(): Argument #3 ($options) key "name" must not contain any null bytes
daemon maintenance: ValueError: QWorker::daemon(): Argument #3 ($options) key "maintenance" must not contain any null bytes
-- queue and connection arguments
runNextJob connection: ValueError: QWorker::runNextJob(): Argument #1 ($connection) must not contain any null bytes
runNextJob queue: ValueError: QWorker::runNextJob(): Argument #2 ($queue) must not contain any null bytes
daemon connection: ValueError: QWorker::daemon(): Argument #1 ($connection) must not contain any null bytes
daemon queue: ValueError: QWorker::daemon(): Argument #2 ($queue) must not contain any null bytes
pop: ValueError: QWorker::pop(): Argument #1 ($queue) must not contain any null bytes
push: ValueError: QWorker::push(): Argument #3 ($queue) must not contain any null bytes
later: ValueError: QWorker::later(): Argument #4 ($queue) must not contain any null bytes
pushRaw: ValueError: QWorker::pushRaw(): Argument #2 ($queue) must not contain any null bytes
laterRaw: ValueError: QWorker::laterRaw(): Argument #3 ($queue) must not contain any null bytes
size: ValueError: QWorker::size(): Argument #1 ($queue) must not contain any null bytes
clear: ValueError: QWorker::clear(): Argument #1 ($queue) must not contain any null bytes
-- cache stores
setCache redis host: ValueError: QWorker::setCache(): Argument #1 ($store) key "host" must not contain any null bytes
restart redis host: ValueError: QWorker::restart(): Argument #1 ($store) key "host" must not contain any null bytes
setCache redis prefix: ValueError: QWorker::setCache(): Argument #1 ($store) key "prefix" must not contain any null bytes
restart redis prefix: ValueError: QWorker::restart(): Argument #1 ($store) key "prefix" must not contain any null bytes
setCache redis cache_prefix: ValueError: QWorker::setCache(): Argument #1 ($store) key "cache_prefix" must not contain any null bytes
restart redis cache_prefix: ValueError: QWorker::restart(): Argument #1 ($store) key "cache_prefix" must not contain any null bytes
setCache redis separator: ValueError: QWorker::setCache(): Argument #1 ($store) key "separator" must not contain any null bytes
restart redis separator: ValueError: QWorker::restart(): Argument #1 ($store) key "separator" must not contain any null bytes
setCache file path: ValueError: QWorker::setCache(): Argument #1 ($store) key "path" must not contain any null bytes
restart file path: ValueError: QWorker::restart(): Argument #1 ($store) key "path" must not contain any null bytes
file store directory created: no
-- username and password are sent to AUTH with their length: not refused, Redis answers
QWorker\ConnectionException: WRONGPASS
