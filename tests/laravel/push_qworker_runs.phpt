--TEST--
Laravel interop: a string job pushed by Laravel's RedisQueue::push() is run by QWorker::runNextJob(), and deleting it leaves no key behind
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
$data = ['order' => 42, 'name' => 'Zoë', 'tags' => ['a', 'b'], 'price' => 9.5];
$id = $laravel->push('LaravelTestJob@fire', $data);
$raw = (new QwTestRedis())->key('LINDEX', 'queues:default', '0');
echo qw_laravel_sizes(), "\n";

$qw = qw_test_worker();
$job = $qw->runNextJob('redis', null, ['sleep' => 0]);

$calls = qw_laravel_calls();
echo count($calls), " call\n";
echo $calls[0]['handler'], ' got ', $calls[0]['job_class'], "\n";
var_dump($calls[0]['data'] === $data);
var_dump($calls[0]['attempts']);
var_dump($calls[0]['job'] === $job);

var_dump($job instanceof QWorker\Job);
var_dump($job->getJobId() === $id);
var_dump($job->getRawBody() === $raw);
var_dump($job->isDeleted(), $job->isReleased(), $job->hasFailed());
var_dump($job->getQueue(), $job->getConnectionName(), $job->getName(), $job->resolveName());

echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
var_dump($qw->size());
var_dump($qw->runNextJob('redis', null, ['sleep' => 0]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ready=1 notify=1 delayed=0 reserved=0
1 call
LaravelTestJob@fire got QWorker\Job
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
string(7) "default"
string(5) "redis"
string(19) "LaravelTestJob@fire"
string(14) "LaravelTestJob"
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
int(0)
NULL
