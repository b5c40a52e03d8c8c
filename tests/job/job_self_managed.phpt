--TEST--
A job that deletes, releases or fails itself keeps that outcome when it throws; fail() without an exception uses ManuallyFailedException; a job failed after it released itself (it threw on its last try, or failed itself) does not run again: its released copy is gone
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';

class SelfJob
{
    public function deleteThenThrow($job, $data) { $job->delete(); throw new LogicException('after delete'); }
    public function releaseItself($job, $data) { $job->release(45); }
    public function releaseThenThrow($job, $data) { $job->release(5); throw new LogicException('after release'); }
    public function failItself($job, $data) { $job->fail(); }
    public function failWith($job, $data) { $job->fail(new DomainException('bad data')); }
    public function releaseThenFail($job, $data) { $job->release(5); $job->fail(); }
    public function failed($data, $e) { qw_log("SelfJob::failed $data " . get_class($e)); }
}

$w = qw_test_worker();
qw_observe($w);
$opts = ['sleep' => 0, 'tries' => 5];

foreach (['deleteThenThrow', 'releaseItself', 'releaseThenThrow', 'failItself', 'failWith', 'releaseThenFail', 'releaseThenThrow tries 1'] as $case) {
    echo "-- $case\n";
    [$method, $tries] = explode(' tries ', "$case tries 5");
    $w->push("SelfJob@$method", $method);
    $job = $w->runNextJob('redis', null, ['tries' => (int) $tries] + $opts);
    printf("deleted %d released %d failed %d\n", $job->isDeleted(), $job->isReleased(), $job->hasFailed());
    foreach (qw_delayed() as $member => $delay) {
        echo "delayed ~$delay s\n";
    }
    (new QwTestRedis())->key('DEL', 'queues:default:delayed');
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- deleteThenThrow
report LogicException: after delete
deleted 1 released 0 failed 0
-- releaseItself
deleted 0 released 1 failed 0
delayed ~%r(44|45)%r s
-- releaseThenThrow
report LogicException: after release
deleted 0 released 1 failed 0
delayed ~%r(4|5)%r s
-- failItself
SelfJob::failed failItself QWorker\ManuallyFailedException
failer redis default QWorker\ManuallyFailedException: the job was failed manually (raw body)
deleted 1 released 0 failed 1
-- failWith
SelfJob::failed failWith DomainException
failer redis default DomainException: bad data (raw body)
deleted 1 released 0 failed 1
-- releaseThenFail
SelfJob::failed releaseThenFail QWorker\ManuallyFailedException
failer redis default QWorker\ManuallyFailedException: the job was failed manually (raw body)
deleted 1 released 1 failed 1
-- releaseThenThrow tries 1
SelfJob::failed releaseThenThrow LogicException
failer redis default LogicException: after release (raw body)
report LogicException: after release
deleted 1 released 1 failed 1
array(0) {
}
