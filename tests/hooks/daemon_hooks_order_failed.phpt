--TEST--
daemon() hooks for a job failing on its last try: before, (job), the job's failed() and the failer, failed, exception, then the report
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
$state = function ($c, QWorker\Job $job) {
    echo '  failed: ', var_export($job->hasFailed(), true), ', deleted: ', var_export($job->isDeleted(), true),
        ', released: ', var_export($job->isReleased(), true), "\n";
};
qwa_hooks($w, ['popped', 'before', 'after', 'exception', 'failed', 'stopping'], ['failed' => $state, 'exception' => $state]);
$w->push('ThrowingJob', 'x');
var_dump($w->daemon('conn', null, ['sleep' => 0, 'tries' => 1, 'max_jobs' => 1]));
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
ThrowingJob::failed "x" RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
  failed: true, deleted: true, released: false
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
  failed: true, deleted: true, released: false
report RuntimeException: boom 1
stopping 0, 'max_jobs_exceeded'
int(0)
array(0) {
}
