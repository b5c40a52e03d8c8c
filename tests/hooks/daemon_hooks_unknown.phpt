--TEST--
on() with an unknown event name throws a ValueError, and a hook that is not callable a TypeError
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$w = qw_test_worker();
foreach (['bogus', '', 'JobProcessing'] as $event) {
    try {
        $w->on($event, fn () => null);
        echo "accepted '$event'\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $w->on('before', 'no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $w->on('bogus', null);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
ValueError: QWorker::on(): Argument #1 ($event) %s
ValueError: QWorker::on(): Argument #1 ($event) %s
ValueError: QWorker::on(): Argument #1 ($event) %s
TypeError: QWorker::on(): Argument #2 ($hook) must be a valid callback or null, function "no_such_function" not found or invalid function name
ValueError: QWorker::on(): Argument #1 ($event) %s
