--TEST--
Laravel interop: a job pushed by QWorker::push() with maxTries is popped, released, popped again and deleted by Laravel's RedisQueue
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

$id = $qw->push('LaravelTestJob@fire', ['user' => 7], 'default', ['maxTries' => 3]);
echo qw_laravel_sizes(), "\n";
$raw = $r->key('LINDEX', 'queues:default', '0');
$payload = json_decode($raw, true);
foreach ($payload as $key => $value) {
    echo $key, ' => ', json_encode($value), "\n";
}
var_dump($id === $payload['id']);
var_dump((bool) preg_match('/^[A-Za-z0-9]{32}$/', $id));
var_dump((bool) preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $payload['uuid']));

echo "-- Laravel pop\n";
$job = $laravel->pop();
echo get_class($job), "\n";
var_dump($job->getRawBody() === $raw);
var_dump($job->attempts(), $job->getJobId() === $id, $job->uuid() === $payload['uuid']);
var_dump($job->maxTries(), $job->maxExceptions(), $job->backoff(), $job->timeout(), $job->retryUntil(), $job->shouldFailOnTimeout());
var_dump($job->getName(), $job->resolveName());
echo qw_laravel_sizes(), "\n";

echo "-- Laravel release(5)\n";
$before = time();
$job->release(5);
$after = time();
echo qw_laravel_sizes(), "\n";
[$member, $score] = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
var_dump($member === $job->getReservedJob());
var_dump($score >= $before + 5 && $score <= $after + 5);
var_dump(json_decode($member, true)['attempts']);

echo "-- made due, Laravel pop\n";
$r->key('ZADD', 'queues:default:delayed', 'XX', (string) time(), $member);
$job = $laravel->pop();
var_dump($job->attempts(), $job->getJobId() === $id, $job->uuid() === $payload['uuid'], $job->maxTries());
echo qw_laravel_sizes(), "\n";

echo "-- Laravel delete\n";
$job->delete();
echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
var_dump($laravel->pop());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
ready=1 notify=1 delayed=0 reserved=0
uuid => "%s"
displayName => "LaravelTestJob"
job => "LaravelTestJob@fire"
maxTries => 3
maxExceptions => null
failOnTimeout => false
backoff => null
timeout => null
data => {"user":7}
id => "%s"
attempts => 0
bool(true)
bool(true)
bool(true)
-- Laravel pop
Illuminate\Queue\Jobs\RedisJob
bool(true)
int(1)
bool(true)
bool(true)
int(3)
NULL
NULL
NULL
NULL
bool(false)
string(19) "LaravelTestJob@fire"
string(14) "LaravelTestJob"
ready=0 notify=0 delayed=0 reserved=1
-- Laravel release(5)
ready=0 notify=0 delayed=1 reserved=0
bool(true)
bool(true)
int(1)
-- made due, Laravel pop
int(2)
bool(true)
bool(true)
int(3)
ready=0 notify=0 delayed=0 reserved=1
-- Laravel delete
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
NULL
