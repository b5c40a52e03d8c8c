--TEST--
A job runs as Class@method (fire by default) with the Job and its data, and is gone after delete()
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
qw_observe($w);
$w->push('OkJob', ['n' => 1]);
$w->push('OkJob@handle', 'text', null, ['displayName' => 'Shown']);

$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job instanceof QWorker\Job, $job->isDeleted(), $job->hasFailed(), $job->isReleased());
var_dump($job->getResolvedJob() instanceof OkJob, $job->resolveName(), $job->getName());

$job = $w->runNextJob('my-connection', 'default', ['sleep' => 0]);
var_dump($job->resolveName(), $job->getConnectionName(), $job->getQueue());

var_dump($w->runNextJob('redis', null, ['sleep' => 0]));
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire {"n":1} attempt 1
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
string(5) "OkJob"
string(5) "OkJob"
OkJob::handle "text"
string(5) "Shown"
string(13) "my-connection"
string(7) "default"
NULL
array(0) {
}
