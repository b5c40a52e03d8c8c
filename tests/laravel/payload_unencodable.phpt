--TEST--
Laravel parity: data that JSON cannot encode (invalid UTF-8, NAN, INF, a resource) makes QWorker::push() throw InvalidPayloadException and write nothing, as Laravel's push() does
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();

$laravel = qw_laravel_test_queue();
$qw = qw_test_worker();

$cases = [
    'invalid UTF-8' => ['name' => "\xff\xfe"],
    'NAN' => ['x' => NAN],
    'INF' => [-INF],
    'resource' => fopen('php://memory', 'r'),
];
foreach ($cases as $what => $data) {
    foreach (['laravel' => $laravel, 'qworker' => $qw] as $who => $queue) {
        try {
            $queue->push('LaravelTestJob@fire', $data);
            echo "$what: $who pushed\n";
        } catch (Throwable $e) {
            $class = get_class($e);
            echo "$what: $who threw ", substr($class, strrpos($class, '\\') + 1), ' (json error ', preg_replace('/\D+/', '', $e->getMessage()), ")\n";
        }
    }
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
invalid UTF-8: laravel threw InvalidPayloadException (json error 5)
invalid UTF-8: qworker threw InvalidPayloadException (json error 5)
NAN: laravel threw InvalidPayloadException (json error 7)
NAN: qworker threw InvalidPayloadException (json error 7)
INF: laravel threw InvalidPayloadException (json error 7)
INF: qworker threw InvalidPayloadException (json error 7)
resource: laravel threw InvalidPayloadException (json error 8)
resource: qworker threw InvalidPayloadException (json error 8)
array(0) {
}
