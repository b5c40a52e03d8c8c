--TEST--
attempted hook: last call for every processed job, with the connection, the Job, whether an exception occurred, the first exception of the attempt (else null) and the run time in ms (null when the job was not run): false after `after`; true after the exception handling (released, failed on its last try, past its tries, bad payload, a throwing after hook); not without a job; a throwing attempted hook is reported with the job; from daemon() before the stopping hook; not called when the job exits
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class ExitJob
{
    public function fire(QWorker\Job $job, $data)
    {
        qw_log('ExitJob::fire');
        exit(0);
    }
}

$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();
$types = function () {
    echo '  types: ', implode(', ', array_map('get_debug_type', func_get_args())), "\n";
};
qwa_hooks($w, ['popped', 'before', 'after', 'exception', 'released_after_exception', 'failed', 'attempted', 'stopping'], ['attempted' => $types]);
$options = ['sleep' => 0, 'tries' => 3, 'backoff' => 20];

echo "-- success\n";
$w->push('OkJob', 1);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->isDeleted());

echo "-- released\n";
$w->push('ThrowingJob', 2);
$job = $w->runNextJob('conn', null, $options);
var_dump($job->isReleased());
$w->clear();

echo "-- failed on its last try\n";
$w->push('ThrowingJob', 3);
$w->runNextJob('conn', null, ['tries' => 1] + $options);

echo "-- already past its tries: failed without running\n";
$w->pushRaw(json_encode(['uuid' => '5f0e2d3c-1b2a-4d9e-8f7a-6b5c4d3e2f1a', 'displayName' => 'OkJob', 'job' => 'OkJob',
    'maxTries' => null, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
    'data' => 4, 'id' => 'past-tries', 'attempts' => 3]));
$w->runNextJob('conn', null, $options);

echo "-- a payload naming no class\n";
$w->pushRaw(json_encode(['uuid' => '6a1f3e4d-2c3b-4e0f-9a8b-7c6d5e4f3a2b', 'displayName' => 'NoSuchJob', 'job' => 'NoSuchJob',
    'maxTries' => null, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
    'data' => 5, 'id' => 'no-class', 'attempts' => 0]));
$w->runNextJob('conn', null, $options);

echo "-- the after hook throws\n";
$after_throws = true;
qwa_hooks($w, ['after'], ['after' => function () use (&$after_throws) {
    if ($after_throws) {
        throw new LogicException('after broke');
    }
}]);
$w->push('OkJob', 6);
$w->runNextJob('conn', null, $options);
$after_throws = false;
$w->clear();

echo "-- no job\n";
var_dump($w->runNextJob('conn', null, $options));

echo "-- the attempted hook throws\n";
qwa_hooks($w, ['attempted'], ['attempted' => function ($c, QWorker\Job $job, bool $threw) {
    throw new LogicException('attempted broke, ' . ($threw ? 'exception' : 'no exception'));
}]);
$w->push('OkJob', 7);
$job = $w->runNextJob('conn', null, $options);
echo get_debug_type($job), ', deleted: ', var_export($job->isDeleted(), true), ', keys: ', json_encode(qw_test_keys()), "\n";
$w->push('ThrowingJob', 8);
$job = $w->runNextJob('conn', null, $options);
echo 'released: ', var_export($job->isReleased(), true), ', ', count(qw_delayed()), " delayed\n";
$w->clear();

echo "-- daemon()\n";
qwa_hooks($w, ['attempted'], ['attempted' => $types]);
$w->push('OkJob', 9);
$w->push('ThrowingJob', 10);
var_dump($w->daemon('dconn', null, ['max_jobs' => 2] + $options));
$w->clear();

echo "-- removed\n";
$w->on('attempted', null);
$w->push('OkJob', 11);
$w->runNextJob('conn', null, $options);

echo "-- a job that exits\n";
qwa_hooks($w, ['attempted']);
register_shutdown_function(function () {
    echo "shutdown, attempted hooks in all: ", qwa_count('attempted'), "\n";
});
$w->push('ExitJob', 12);
$w->runNextJob('conn', null, $options);
echo "not reached\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- success
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire 1 attempt 1
after 'conn', Job(OkJob@default#1)
attempted 'conn', Job(OkJob@default#1), false
  types: string, QWorker\Job, bool, null, float
bool(true)
-- released
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 20
attempted 'conn', Job(ThrowingJob@default#1), true
  types: string, QWorker\Job, bool, RuntimeException, float
report RuntimeException: boom 1
bool(true)
-- failed on its last try
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
ThrowingJob::failed 3 RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
attempted 'conn', Job(ThrowingJob@default#1), true
  types: string, QWorker\Job, bool, RuntimeException, float
report RuntimeException: boom 1
-- already past its tries: failed without running
popped 'conn', Job(OkJob@default#4)
before 'conn', Job(OkJob@default#4)
failer conn default QWorker\MaxAttemptsExceededException: OkJob has been attempted too many times%s (raw body)
failed 'conn', Job(OkJob@default#4), QWorker\MaxAttemptsExceededException(%s)
exception 'conn', Job(OkJob@default#4), QWorker\MaxAttemptsExceededException(%s)
attempted 'conn', Job(OkJob@default#4), true
  types: string, QWorker\Job, bool, QWorker\MaxAttemptsExceededException, null
report QWorker\MaxAttemptsExceededException: %s
-- a payload naming no class
popped 'conn', Job(NoSuchJob@default#1)
before 'conn', Job(NoSuchJob@default#1)
failer conn default QWorker\InvalidPayloadException: %s (raw body)
failed 'conn', Job(NoSuchJob@default#1), QWorker\InvalidPayloadException(%s)
exception 'conn', Job(NoSuchJob@default#1), QWorker\InvalidPayloadException(%s)
attempted 'conn', Job(NoSuchJob@default#1), true
  types: string, QWorker\Job, bool, QWorker\InvalidPayloadException, float
report QWorker\InvalidPayloadException: %s
-- the after hook throws
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire 6 attempt 1
after 'conn', Job(OkJob@default#1)
exception 'conn', Job(OkJob@default#1), LogicException(after broke)
attempted 'conn', Job(OkJob@default#1), true
  types: string, QWorker\Job, bool, LogicException, float
report LogicException: after broke
-- no job
NULL
-- the attempted hook throws
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire 7 attempt 1
after 'conn', Job(OkJob@default#1)
attempted 'conn', Job(OkJob@default#1), false
report LogicException: attempted broke, no exception
QWorker\Job, deleted: true, keys: []
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 20
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
report LogicException: attempted broke, exception
released: true, 1 delayed
-- daemon()
popped 'dconn', Job(OkJob@default#1)
before 'dconn', Job(OkJob@default#1)
OkJob::fire 9 attempt 1
after 'dconn', Job(OkJob@default#1)
attempted 'dconn', Job(OkJob@default#1), false
  types: string, QWorker\Job, bool, null, float
popped 'dconn', Job(ThrowingJob@default#1)
before 'dconn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'dconn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'dconn', Job(ThrowingJob@default#1), 20
attempted 'dconn', Job(ThrowingJob@default#1), true
  types: string, QWorker\Job, bool, RuntimeException, float
report RuntimeException: boom 1
stopping 0, 'max_jobs_exceeded'
int(0)
-- removed
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire 11 attempt 1
after 'conn', Job(OkJob@default#1)
-- a job that exits
popped 'conn', Job(ExitJob@default#1)
before 'conn', Job(ExitJob@default#1)
ExitJob::fire
shutdown, attempted hooks in all: 10
