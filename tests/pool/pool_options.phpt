--TEST--
Pool: supervise() checks its own options (processes, min/max_processes from 1 to 256, balance, auto_scaling_strategy, balance_max_shift, balance_cooldown, min × queues ≤ max with a balance) and the daemon options before forking anything, and refuses an empty queue name
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
    ['redis', null, ['min_processes' => 3, 'max_processes' => 2]],
    ['redis', null, ['processes' => 2, 'max_processes' => 3]],
    ['redis', null, ['max_processes' => 2, 'balance' => 'fair']],
    ['redis', null, ['max_processes' => 2, 'auto_scaling_strategy' => 'speed']],
    ['redis', null, ['max_processes' => 2, 'balance_max_shift' => 0]],
    ['redis', null, ['max_processes' => 2, 'balance_cooldown' => 0]],
    ['redis', null, ['max_processes' => 2, 'balance_cooldown' => 'soon']],
    ['redis', 'a,b,c', ['balance' => 'auto', 'min_processes' => 2, 'max_processes' => 5]],
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
ValueError: QWorker::supervise(): Argument #3 ($options) key "min_processes" must not exceed "max_processes"
ValueError: QWorker::supervise(): Argument #3 ($options) key "processes" cannot be given with "min_processes" or "max_processes"
ValueError: QWorker::supervise(): Argument #3 ($options) key "balance" must be false, "simple" or "auto"
ValueError: QWorker::supervise(): Argument #3 ($options) key "auto_scaling_strategy" must be "time" or "size"
ValueError: QWorker::supervise(): Argument #3 ($options) key "balance_max_shift" must be between 1 and 256
ValueError: QWorker::supervise(): Argument #3 ($options) key "balance_cooldown" must be between 0.1 and 3600 seconds
ValueError: QWorker::supervise(): Argument #3 ($options) key "balance_cooldown" must be a number, string given
ValueError: QWorker::supervise(): Argument #3 ($options) key "max_processes" must be at least "min_processes" for each of the 3 queues
still one process
