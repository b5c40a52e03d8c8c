--TEST--
When failed() or the failer throws, the job is still deleted, the failer still hears of it, and the exception is reported
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';

class BadFailedJob
{
    public function fire($job, $data) { throw new RuntimeException('job broke'); }
    public function failed($data, $e) { throw new LogicException('failed() broke'); }
}

$w = qw_test_worker();
qw_observe($w);
$w->push('BadFailedJob');
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->hasFailed(), $job->isDeleted());

echo "-- failer throws\n";
$w->setFailer(function () { throw new LogicException('failer broke'); });
$w->push('ThrowingJob');
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->hasFailed(), qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
failer redis default RuntimeException: job broke (raw body)
report LogicException: failed() broke
report RuntimeException: job broke
bool(true)
bool(true)
-- failer throws
ThrowingJob::fire attempt 1
ThrowingJob::failed "" RuntimeException: boom 1 uuid ok
report LogicException: failer broke
report RuntimeException: boom 1
bool(true)
array(0) {
}
