--TEST--
Laravel interop: a job pushed by QWorker::push() is run by Laravel's own Worker::runNextJob(), which calls the handler with a RedisJob and the data
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

$qw = qw_test_worker();
$laravel = qw_laravel_test_queue();

$id = $qw->push('LaravelTestHandler@handle', ['invoice' => 'A-1', 'lines' => [1, 2]], 'billing');
echo qw_laravel_sizes('billing'), "\n";

$job = qw_laravel_run_next($laravel, 'billing');
$calls = qw_laravel_calls();
echo count($calls), ' call: ', $calls[0]['handler'], ' got ', $calls[0]['job_class'], "\n";
var_dump($calls[0]['data'], $calls[0]['attempts']);
var_dump($job->getJobId() === $id, $job->isDeleted(), $job->getQueue(), count(qw_laravel_reported()));
echo qw_laravel_sizes('billing'), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ready=1 notify=1 delayed=0 reserved=0
1 call: LaravelTestHandler@handle got Illuminate\Queue\Jobs\RedisJob
array(2) {
  ["invoice"]=>
  string(3) "A-1"
  ["lines"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
int(1)
bool(true)
bool(true)
string(7) "billing"
int(0)
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
