--TEST--
maxExceptions fails a job on its Nth exception even with tries left, counting in job-exceptions:UUID
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();
$w->push('ThrowingJob', 'm', null, ['maxTries' => 10, 'maxExceptions' => 2]);
$uuid = json_decode($r->key('LINDEX', 'queues:default', '0'), true)['uuid'];

$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->isReleased(), $r->key('GET', "job-exceptions:$uuid"), $r->key('TTL', "job-exceptions:$uuid") > 86000);
$r->key('ZADD', 'queues:default:delayed', '0', $job->getReservedJob());

$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->isReleased(), $job->hasFailed(), $r->key('EXISTS', "job-exceptions:$uuid"));
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ThrowingJob::fire attempt 1
report RuntimeException: boom 1
bool(true)
string(1) "1"
bool(true)
ThrowingJob::fire attempt 2
ThrowingJob::failed "m" RuntimeException: boom 2 uuid ok
failer redis default RuntimeException: boom 2 (raw body)
report RuntimeException: boom 2
bool(false)
bool(true)
int(0)
array(0) {
}
