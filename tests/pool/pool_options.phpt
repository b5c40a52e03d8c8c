--TEST--
Pool: supervise() checks its own option (processes: a whole number from 1 to 256) and the daemon options before forking anything, and refuses an empty queue name
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$w = qw_test_worker();
foreach ([
    ['redis', null, ['processes' => 0]],
    ['redis', null, ['processes' => 257]],
    ['redis', null, ['processes' => 'two']],
    ['redis', null, ['processes' => 1.5]],
    ['redis', null, ['processes' => 2, 'no_such_option' => 1]],
    ['redis', null, ['processes' => 2, 'sleep' => -1]],
    ['redis', '', []],
] as $args) {
    try {
        $w->supervise(...$args);
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo "still one process\n";
?>
--EXPECT--
ValueError: QWorker::supervise(): Argument #3 ($options) key "processes" must be between 1 and 256
ValueError: QWorker::supervise(): Argument #3 ($options) key "processes" must be between 1 and 256
ValueError: QWorker::supervise(): Argument #3 ($options) key "processes" must be a number, string given
ValueError: QWorker::supervise(): Argument #3 ($options) key "processes" must be an integer
ValueError: QWorker::supervise(): Argument #3 ($options) has an unknown key "no_such_option"
ValueError: QWorker::supervise(): Argument #3 ($options) key "sleep" must be greater than or equal to 0
ValueError: QWorker::supervise(): Argument #2 ($queue) must not be empty
still one process
