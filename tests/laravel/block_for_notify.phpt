--TEST--
Laravel interop: with block_for, QWorker::pop() wakes on a job Laravel pushes meanwhile, and Laravel's pop() wakes on a job QWorker pushes (the :notify list)
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
if (!function_exists('pcntl_fork') || !function_exists('posix_kill')) die('skip pcntl or posix not available');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();
qw_laravel_load();

/* Pushes one job from a child process after $delay seconds. */
function push_later(float $delay, callable $push): int
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep((int) ($delay * 1e6));
        $push();
        /* No shutdown: the parent's connections, inherited, stay untouched. */
        posix_kill(getmypid(), SIGKILL);
    }
    return $pid;
}

echo "-- QWorker blocks, Laravel pushes\n";
$qw = qw_test_worker(['block_for' => 10]);
$qw->size(); /* connected before the child starts its clock */
$pid = push_later(0.5, fn () => qw_laravel_test_queue()->push('LaravelTestJob@fire', 'from laravel'));
$t = microtime(true);
$job = $qw->pop();
$waited = microtime(true) - $t;
pcntl_waitpid($pid, $status);
var_dump($job->payload()['data'], $waited > 0.2 && $waited < 8);
$job->delete();
echo qw_laravel_sizes(), "\n";

echo "-- QWorker blocks on an empty queue for block_for seconds\n";
$t = microtime(true);
var_dump(qw_test_worker(['block_for' => 1])->pop());
$waited = microtime(true) - $t;
var_dump($waited > 0.9 && $waited < 3);

echo "-- Laravel blocks, QWorker pushes\n";
$laravel = qw_laravel_test_queue(['block_for' => 10]);
$laravel->size();
$pid = push_later(0.5, fn () => qw_test_worker()->push('LaravelTestJob@fire', 'from qworker'));
$t = microtime(true);
$job = $laravel->pop();
$waited = microtime(true) - $t;
pcntl_waitpid($pid, $status);
var_dump($job->payload()['data'], $waited > 0.2 && $waited < 8);
$job->delete();
echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- QWorker blocks, Laravel pushes
string(12) "from laravel"
bool(true)
ready=0 notify=0 delayed=0 reserved=0
-- QWorker blocks on an empty queue for block_for seconds
NULL
bool(true)
-- Laravel blocks, QWorker pushes
string(12) "from qworker"
bool(true)
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
