--TEST--
Laravel interop: a Laravel job popped and released by QWorker is popped by Laravel's RedisQueue as its second attempt, same uuid, and deleted
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
$r = new QwTestRedis();

$id = $laravel->push('LaravelTestJob@fire', ['n' => 1]);
$raw = $r->key('LINDEX', 'queues:default', '0');
$uuid = json_decode($raw, true)['uuid'];

echo "-- QWorker pop\n";
$popped = time();
$job = $qw->pop();
var_dump($job instanceof QWorker\Job);
var_dump($job->getRawBody() === $raw);
var_dump($job->attempts(), $job->getJobId() === $id, $job->uuid() === $uuid);
$reserved = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
var_dump($reserved[0] === $job->getReservedJob());
var_dump(json_decode($reserved[0], true)['attempts']);
var_dump($reserved[1] >= $popped + 60 && $reserved[1] <= time() + 60);
echo qw_laravel_sizes(), "\n";

echo "-- QWorker release(0)\n";
$before = time();
$job->release(0);
$after = time();
var_dump($job->isReleased(), $job->isDeleted());
echo qw_laravel_sizes(), "\n";
[$member, $score] = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
var_dump($member === $job->getReservedJob());
var_dump($score >= $before && $score <= $after);

echo "-- Laravel pop\n";
$job = $laravel->pop();
echo get_class($job), "\n";
var_dump($job->attempts(), $job->getJobId() === $id, $job->uuid() === $uuid);
var_dump($job->payload()['data']);
echo qw_laravel_sizes(), "\n";

echo "-- Laravel delete\n";
$job->delete();
echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- QWorker pop
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
ready=0 notify=0 delayed=0 reserved=1
-- QWorker release(0)
bool(true)
bool(false)
ready=0 notify=0 delayed=1 reserved=0
bool(true)
bool(true)
-- Laravel pop
Illuminate\Queue\Jobs\RedisJob
int(2)
bool(true)
bool(true)
array(1) {
  ["n"]=>
  int(1)
}
ready=0 notify=0 delayed=0 reserved=1
-- Laravel delete
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
