--TEST--
Laravel interop: a Laravel object job (ShouldQueue, via CallQueuedHandler) pushed by RedisQueue::push() is run by QWorker::runNextJob() with a container resolver and the QwLaravelJob bridge
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
$qw->setResolver(qw_laravel_resolver());
$qw->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) {
    echo 'reported ', get_class($e), ': ', $e->getMessage(), "\n";
});

$id = $laravel->push(new LaravelTestObjectJob(['user' => 5]));
$job = $qw->runNextJob('redis', null, ['sleep' => 0]);

$calls = qw_laravel_calls();
echo count($calls), ' call: ', $calls[0]['handler'], ' got ', $calls[0]['job_class'], "\n";
var_dump($calls[0]['data'], $calls[0]['attempts']);
var_dump($calls[0]['job']->job === $job);
var_dump($job->getJobId() === $id, $job->getName(), $job->resolveName());
var_dump($job->maxTries(), $job->timeout(), $job->backoff());
var_dump($job->isDeleted(), $job->isReleased(), $job->hasFailed());
echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
1 call: LaravelTestObjectJob@handle got QwLaravelJob
array(1) {
  ["user"]=>
  int(5)
}
int(1)
bool(true)
bool(true)
string(39) "Illuminate\Queue\CallQueuedHandler@call"
string(20) "LaravelTestObjectJob"
int(4)
int(30)
string(3) "3,7"
bool(true)
bool(false)
bool(false)
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
