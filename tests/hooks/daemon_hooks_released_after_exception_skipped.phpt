--TEST--
released_after_exception hook is not called when the worker did not release the job: success, failed on its last try, failed by maxExceptions, already past its tries, a job that released, deleted or failed itself before throwing, an exception hook that released it
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class ReleaseThenThrowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        qw_log('ReleaseThenThrowJob::fire');
        $job->release(7);
        throw new RuntimeException('after release');
    }
}

class DeleteThenThrowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        qw_log('DeleteThenThrowJob::fire');
        $job->delete();
        throw new RuntimeException('after delete');
    }
}

class FailThenThrowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        qw_log('FailThenThrowJob::fire');
        $job->fail(new DomainException('given up'));
        throw new RuntimeException('after fail');
    }
}

$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();
qwa_hooks($w, ['exception', 'released_after_exception', 'failed']);
$options = ['sleep' => 0, 'tries' => 5, 'backoff' => 30];

/* Where the job is now: [ready, delayed (seconds), reserved] and the other keys. */
function where(int $delay = 0): void
{
    $r = new QwTestRedis();
    /* a delay read a second after the release shows one less */
    $delayed = array_map(fn ($d) => $d === $delay - 1 ? $delay : $d, array_values(qw_delayed()));
    echo '  ready ', $r->key('LLEN', 'queues:default'), ', delayed ', json_encode($delayed),
        ', reserved ', count($r->key('ZRANGE', 'queues:default:reserved', '0', '-1')),
        ', keys ', json_encode(array_values(array_filter(qw_test_keys(), fn ($k) => !str_starts_with($k, 'queues:default')))), "\n";
    $GLOBALS['w']->clear();
}

echo "-- success\n";
$w->push('OkJob', 1);
$w->runNextJob('conn', null, $options);
where();

echo "-- last try (tries 1)\n";
$w->push('ThrowingJob', 2);
$w->runNextJob('conn', null, ['tries' => 1] + $options);
where();

echo "-- maxExceptions 1 reached with tries left\n";
$w->push('ThrowingJob', 3, null, ['maxExceptions' => 1]);
$w->runNextJob('conn', null, $options);
where();

echo "-- already past its tries\n";
$w->pushRaw(json_encode(['uuid' => '0c8e1b52-3b9e-4c55-9d4e-0f4f1f2a3b4c', 'displayName' => 'OkJob', 'job' => 'OkJob',
    'maxTries' => 2, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
    'data' => 4, 'id' => 'past-tries', 'attempts' => 2]));
$w->runNextJob('conn', null, $options);
where();

echo "-- the job released itself, then threw\n";
$w->push('ReleaseThenThrowJob', 5);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->isReleased());
where(7);

echo "-- the job deleted itself, then threw\n";
$w->push('DeleteThenThrowJob', 6);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->isDeleted(), $job->isReleased());
where();

echo "-- the job failed itself, then threw\n";
$w->push('FailThenThrowJob', 7);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->hasFailed(), $job->isReleased());
where();

echo "-- the exception hook released it\n";
$w->on('exception', function ($connection, QWorker\Job $job, Throwable $e) {
    qw_log("exception hook releases the job for 9 s");
    $job->release(9);
});
$w->push('ThrowingJob', 8);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->isReleased());
where(9);

echo "-- and the same job with nothing in the way\n";
qwa_hooks($w, ['exception']);
$w->push('ThrowingJob', 9);
$job = $w->runNextJob('conn', null, $options);
where(30);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- success
OkJob::fire 1 attempt 1
  ready 0, delayed [], reserved 0, keys []
-- last try (tries 1)
ThrowingJob::fire attempt 1
ThrowingJob::failed 2 RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
report RuntimeException: boom 1
  ready 0, delayed [], reserved 0, keys []
-- maxExceptions 1 reached with tries left
ThrowingJob::fire attempt 1
ThrowingJob::failed 3 RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
report RuntimeException: boom 1
  ready 0, delayed [], reserved 0, keys []
-- already past its tries
failer conn default QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times%s (raw body)
failed 'conn', Job(OkJob@default#3), QWorker\MaxAttemptsExceededException(OkJob has been attempted too many times%s)
exception 'conn', Job(OkJob@default#3), QWorker\MaxAttemptsExceededException(OkJob has been attempted too many times%s)
report QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times%s
  ready 0, delayed [], reserved 0, keys []
-- the job released itself, then threw
ReleaseThenThrowJob::fire
exception 'conn', Job(ReleaseThenThrowJob@default#1), RuntimeException(after release)
report RuntimeException: after release
bool(true)
  ready 0, delayed [7], reserved 0, keys []
-- the job deleted itself, then threw
DeleteThenThrowJob::fire
exception 'conn', Job(DeleteThenThrowJob@default#1), RuntimeException(after delete)
report RuntimeException: after delete
bool(true)
bool(false)
  ready 0, delayed [], reserved 0, keys []
-- the job failed itself, then threw
FailThenThrowJob::fire
failer conn default DomainException: given up (raw body)
failed 'conn', Job(FailThenThrowJob@default#1), DomainException(given up)
exception 'conn', Job(FailThenThrowJob@default#1), RuntimeException(after fail)
report RuntimeException: after fail
bool(true)
bool(false)
  ready 0, delayed [], reserved 0, keys []
-- the exception hook released it
ThrowingJob::fire attempt 1
exception hook releases the job for 9 s
report RuntimeException: boom 1
bool(true)
  ready 0, delayed [9], reserved 0, keys []
-- and the same job with nothing in the way
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 30
report RuntimeException: boom 1
  ready 0, delayed [30], reserved 0, keys []
