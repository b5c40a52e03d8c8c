--TEST--
daemon() hooks for a job that throws with tries left: before, (job), exception (job not released yet), then the release and the report; no after, no failed
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['popped', 'before', 'after', 'exception', 'failed', 'stopping'], [
    'exception' => function ($c, QWorker\Job $job) {
        echo '  failed: ', var_export($job->hasFailed(), true), ', released: ', var_export($job->isReleased(), true),
            ', delayed: ', count(qw_delayed()), "\n";
    },
]);
$w->push('ThrowingJob', 'x');
var_dump($w->daemon('conn', null, ['sleep' => 0, 'tries' => 3, 'backoff' => 60, 'max_jobs' => 1]));
$delayed = qw_delayed();
echo count($delayed), " delayed job, attempts ", json_decode((string) array_key_first($delayed), true)['attempts'] ?? '?',
    ", delay ", abs(reset($delayed) - 60) <= 2 ? '60 s' : var_export($delayed, true), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
  failed: false, released: false, delayed: 0
report RuntimeException: boom 1
stopping 0, 'max_jobs_exceeded'
int(0)
1 delayed job, attempts 1, delay 60 s
