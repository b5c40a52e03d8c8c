--TEST--
Connection over TCP: host + port (int or numeric string), the tcp:// host form and scheme "tcp" all reach the configured server; the pushed job is where a raw client sees it
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$r = new QwTestRedis();
$port = qw_test_port();

$forms = [
    'host + int port' => ['host' => '127.0.0.1', 'port' => $port],
    'host + string port' => ['host' => '127.0.0.1', 'port' => (string) $port],
    'tcp:// host' => ['host' => 'tcp://127.0.0.1', 'port' => $port],
    'scheme tcp' => ['scheme' => 'tcp', 'host' => '127.0.0.1', 'port' => $port],
    'scheme tcp ignores path' => ['scheme' => 'tcp', 'path' => '/nonexistent/redis.sock', 'host' => '127.0.0.1', 'port' => $port],
];
$n = 0;
foreach ($forms as $name => $settings) {
    $w = new QWorker($settings + ['prefix' => qw_test_prefix()]);
    $id = $w->push('ConnJob@handle', ['form' => $name]);
    $n++;
    $last = $r->key('LINDEX', 'queues:default', '-1');
    $p = json_decode($last, true);
    $s = $w->getSettings();
    printf("%s: host=%s port=%s path=%s pushed=%s size=%d llen=%d\n", $name, $s['host'], $s['port'] === $port ? 'PORT' : $s['port'],
        var_export($s['path'], true), $p['id'] === $id && $p['data'] === ['form' => $name] ? 'yes' : 'NO', $w->size(), $r->key('LLEN', 'queues:default'));
}
var_dump(qw_test_keys());
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
host + int port: host=127.0.0.1 port=PORT path=NULL pushed=yes size=1 llen=1
host + string port: host=127.0.0.1 port=PORT path=NULL pushed=yes size=2 llen=2
tcp:// host: host=127.0.0.1 port=PORT path=NULL pushed=yes size=3 llen=3
scheme tcp: host=127.0.0.1 port=PORT path=NULL pushed=yes size=4 llen=4
scheme tcp ignores path: host=127.0.0.1 port=PORT path=NULL pushed=yes size=5 llen=5
array(2) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
}
