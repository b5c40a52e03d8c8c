--TEST--
Bad connection settings are refused before connecting, with a ValueError or TypeError naming the key: unknown key, non-string keys, bad port/host/scheme/path/timeouts/retry_after/block_for/database, wrong types
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

$cases = [
    ['hostname' => '127.0.0.1'],
    ['Host' => '127.0.0.1'],
    [0 => '127.0.0.1'],
    ['port' => 'abc'],
    ['port' => '6379x'],
    ['port' => 70000],
    ['port' => 65536],
    ['port' => -1],
    ['port' => 6379.5],
    ['port' => true],
    ['host' => 'tls://x'],
    ['host' => 'redis://127.0.0.1'],
    ['host' => ''],
    ['host' => 'tcp://'],
    ['host' => 123],
    ['host' => ['127.0.0.1']],
    ['scheme' => 'tls'],
    ['scheme' => 'TCP'],
    ['scheme' => 'unix'],
    ['scheme' => 'unix', 'host' => '127.0.0.1'],
    ['scheme' => 1],
    ['path' => 42],
    ['timeout' => -1],
    ['timeout' => '-0.5'],
    ['timeout' => 'soon'],
    ['read_timeout' => -1],
    ['read_timeout' => []],
    ['retry_after' => -5],
    ['retry_after' => '60s'],
    ['retry_after' => 1.5],
    ['block_for' => -1],
    ['block_for' => 'x'],
    ['database' => -1],
    ['username' => 5],
    ['password' => 12345],
    ['prefix' => 1],
    ['queue' => false],
    ['connection' => new stdClass()],
];
foreach ($cases as $settings) {
    $label = str_replace(["\n", '  '], ['', ' '], var_export($settings, true));
    try {
        new QWorker($settings + ['port' => qw_test_port()]);
        echo "$label: accepted?\n";
    } catch (ValueError | TypeError $e) {
        echo "$label\n  ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

/*
 * Not finite: refused (the message wording is not pinned here). Each value
 * has its label: PHP 8.5 warns when NAN is turned into a string.
 */
foreach (['timeout' => [INF, 'INF'], 'read_timeout' => [NAN, 'NAN'], 'block_for' => [-INF, '-INF']] as $key => [$v, $label]) {
    try {
        new QWorker([$key => $v, 'port' => qw_test_port()]);
        echo "$key $label: accepted?\n";
    } catch (ValueError $e) {
        echo "$key $label: ValueError", str_contains($e->getMessage(), "key \"$key\"") ? " naming the key\n" : ': ' . $e->getMessage() . "\n";
    }
}

/* The first bad key stops the check, whatever follows. */
try {
    new QWorker(['port' => 'x', 'nope' => 1]);
} catch (ValueError $e) {
    echo 'first bad key: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
array ( 'hostname' => '127.0.0.1',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) has an unknown key "hostname"
array ( 'Host' => '127.0.0.1',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) has an unknown key "Host"
array ( 0 => '127.0.0.1',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) must have string keys
array ( 'port' => 'abc',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "port" must be an integer, "abc" given
array ( 'port' => '6379x',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "port" must be an integer, "6379x" given
array ( 'port' => 70000,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "port" must be between 0 and 65535
array ( 'port' => 65536,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "port" must be between 0 and 65535
array ( 'port' => -1,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "port" must be greater than or equal to 0
array ( 'port' => 6379.5,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "port" must be of type int|string, float given
array ( 'port' => true,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "port" must be of type int|string, bool given
array ( 'host' => 'tls://x',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" has an unsupported scheme: "tls://x" (tcp:// and unix:// are supported)
array ( 'host' => 'redis://127.0.0.1',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" has an unsupported scheme: "redis://127.0.0.1" (tcp:// and unix:// are supported)
array ( 'host' => '',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not be empty
array ( 'host' => 'tcp://',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "host" must not be empty
array ( 'host' => 123,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "host" must be of type ?string, int given
array ( 'host' =>  array (  0 => '127.0.0.1', ),)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "host" must be of type ?string, array given
array ( 'scheme' => 'tls',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "scheme" must be "tcp" or "unix", "tls" given
array ( 'scheme' => 'TCP',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "scheme" must be "tcp" or "unix", "TCP" given
array ( 'scheme' => 'unix',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "scheme" is "unix" but no "path" is set
array ( 'scheme' => 'unix', 'host' => '127.0.0.1',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "scheme" is "unix" but no "path" is set
array ( 'scheme' => 1,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "scheme" must be of type ?string, int given
array ( 'path' => 42,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "path" must be of type ?string, int given
array ( 'timeout' => -1,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "timeout" must be between 0 and 31536000 seconds
array ( 'timeout' => '-0.5',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "timeout" must be between 0 and 31536000 seconds
array ( 'timeout' => 'soon',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "timeout" must be a number of seconds, "soon" given
array ( 'read_timeout' => -1,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "read_timeout" must be between 0 and 31536000 seconds
array ( 'read_timeout' =>  array ( ),)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "read_timeout" must be of type int|float|string, array given
array ( 'retry_after' => -5,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "retry_after" must be greater than or equal to 0
array ( 'retry_after' => '60s',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "retry_after" must be an integer, "60s" given
array ( 'retry_after' => 1.5,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "retry_after" must be of type int|string, float given
array ( 'block_for' => -1,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "block_for" must be between 0 and 31536000 seconds
array ( 'block_for' => 'x',)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "block_for" must be a number of seconds, "x" given
array ( 'database' => -1,)
  ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be greater than or equal to 0
array ( 'username' => 5,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "username" must be of type ?string, int given
array ( 'password' => 12345,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "password" must be of type ?string, int given
array ( 'prefix' => 1,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "prefix" must be of type ?string, int given
array ( 'queue' => false,)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "queue" must be of type ?string, bool given
array ( 'connection' =>  (object) array( ),)
  TypeError: QWorker::__construct(): Argument #1 ($settings) key "connection" must be of type ?string, stdClass given
timeout INF: ValueError naming the key
read_timeout NAN: ValueError naming the key
block_for -INF: ValueError naming the key
first bad key: QWorker::__construct(): Argument #1 ($settings) key "port" must be an integer, "x" given
