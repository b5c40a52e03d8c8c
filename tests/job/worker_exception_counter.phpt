--TEST--
setExceptionCounter(): asked (uuid, maxExceptions) instead of Redis when a job with maxExceptions and a uuid throws on an attempt that is not its last; false releases the job, true fails it; not asked without maxExceptions or uuid, nor on the last try; a throwing counter is reported and the job released; null goes back to counting on Redis
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();
qwa_hooks($w, ['exception', 'released_after_exception', 'failed', 'attempted']);
$options = ['sleep' => 0, 'tries' => 10, 'backoff' => 15];

/* The counter: logs its arguments, answers what $answer says (a value or a callable). */
$answer = false;
$calls = [];
$w->setExceptionCounter(function (...$args) use (&$answer, &$calls) {
    $calls[] = $args;
    qw_log('counter ' . implode(', ', array_map('get_debug_type', $args)) . ': ' . var_export($args[1] ?? null, true));
    return is_callable($answer) ? $answer() : $answer;
});

function uuid_of_queued(): string
{
    $r = new QwTestRedis();
    return json_decode($r->key('LINDEX', 'queues:default', '0'), true)['uuid'];
}

function state(QWorker\Job $job): void
{
    $delayed = qw_delayed();
    echo '  released: ', var_export($job->isReleased(), true), ', failed: ', var_export($job->hasFailed(), true),
        ', delayed: ', count($delayed), ', keys: ', json_encode(qw_test_keys()), "\n";
}

echo "-- false: released, nothing counted on Redis\n";
$w->push('ThrowingJob', 'a', null, ['maxExceptions' => 3]);
$uuid = uuid_of_queued();
$job = $w->runNextJob('conn', null, $options);
state($job);
var_dump($calls === [[$uuid, 3]]);

echo "-- true on the next attempt: failed now, tries left\n";
$r->key('ZADD', 'queues:default:delayed', '0', $job->getReservedJob());
$answer = true;
$calls = [];
$job = $w->runNextJob('conn', null, $options);
state($job);
var_dump($job->attempts(), $calls === [[$uuid, 3]]);

echo "-- no maxExceptions: not asked\n";
$calls = [];
$w->push('ThrowingJob', 'b');
$job = $w->runNextJob('conn', null, $options);
state($job);
var_dump($calls);
$w->clear();

echo "-- no uuid: not asked\n";
$w->pushRaw(json_encode(['displayName' => 'ThrowingJob', 'job' => 'ThrowingJob', 'maxTries' => null, 'maxExceptions' => 2,
    'failOnTimeout' => false, 'backoff' => null, 'timeout' => null, 'data' => 'c', 'id' => 'no-uuid', 'attempts' => 0]));
$job = $w->runNextJob('conn', null, $options);
state($job);
var_dump($calls);
$w->clear();

echo "-- the last try: failed without asking\n";
$answer = false;
$w->push('ThrowingJob', 'd', null, ['maxExceptions' => 5]);
$job = $w->runNextJob('conn', null, ['tries' => 1] + $options);
state($job);
var_dump($calls);

echo "-- maxExceptions from a raw payload, in daemon()\n";
$w->pushRaw(json_encode(['uuid' => 'raw-uuid-1', 'displayName' => 'ThrowingJob', 'job' => 'ThrowingJob', 'maxTries' => null,
    'maxExceptions' => 4, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null, 'data' => 'e', 'id' => 'raw', 'attempts' => 0]));
$answer = true;
var_dump($w->daemon('dconn', null, ['max_jobs' => 1] + $options));
var_dump($calls === [['raw-uuid-1', 4]], qw_test_keys());
$calls = [];

echo "-- the counter throws: reported, the job released\n";
$answer = function () {
    throw new LogicException('counter broke');
};
$w->push('ThrowingJob', 'f', null, ['maxExceptions' => 2]);
$job = $w->runNextJob('conn', null, $options);
state($job);
$w->clear();

echo "-- null: counted on Redis again\n";
$w->setExceptionCounter(null);
$calls = [];
$w->push('ThrowingJob', 'g', null, ['maxExceptions' => 2]);
$uuid = uuid_of_queued();
$job = $w->runNextJob('conn', null, $options);
state($job);
var_dump($calls, $r->key('GET', "job-exceptions:$uuid"));
$r->key('ZADD', 'queues:default:delayed', '0', $job->getReservedJob());
$job = $w->runNextJob('conn', null, $options);
state($job);

echo "-- not a callable\n";
try {
    $w->setExceptionCounter('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- false: released, nothing counted on Redis
ThrowingJob::fire attempt 1
counter string, int: 3
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 15
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: true, failed: false, delayed: 1, keys: ["queues:default:delayed"]
bool(true)
-- true on the next attempt: failed now, tries left
ThrowingJob::fire attempt 2
counter string, int: 3
ThrowingJob::failed "a" RuntimeException: boom 2 uuid ok
failer conn default RuntimeException: boom 2 (raw body)
failed 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
exception 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
attempted 'conn', Job(ThrowingJob@default#2), true
report RuntimeException: boom 2
  released: false, failed: true, delayed: 0, keys: []
int(2)
bool(true)
-- no maxExceptions: not asked
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 15
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: true, failed: false, delayed: 1, keys: ["queues:default:delayed"]
array(0) {
}
-- no uuid: not asked
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 15
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: true, failed: false, delayed: 1, keys: ["queues:default:delayed"]
array(0) {
}
-- the last try: failed without asking
ThrowingJob::fire attempt 1
ThrowingJob::failed "d" RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: false, failed: true, delayed: 0, keys: []
array(0) {
}
-- maxExceptions from a raw payload, in daemon()
ThrowingJob::fire attempt 1
counter string, int: 4
ThrowingJob::failed "e" RuntimeException: boom 1 uuid raw-uuid-1
failer dconn default RuntimeException: boom 1 (raw body)
failed 'dconn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'dconn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
attempted 'dconn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
int(0)
bool(true)
array(0) {
}
-- the counter throws: reported, the job released
ThrowingJob::fire attempt 1
counter string, int: 2
report LogicException: counter broke
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 15
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: true, failed: false, delayed: 1, keys: ["queues:default:delayed"]
-- null: counted on Redis again
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 15
attempted 'conn', Job(ThrowingJob@default#1), true
report RuntimeException: boom 1
  released: true, failed: false, delayed: 1, keys: ["job-exceptions:%s","queues:default:delayed"]
array(0) {
}
string(1) "1"
ThrowingJob::fire attempt 2
ThrowingJob::failed "g" RuntimeException: boom 2 uuid ok
failer conn default RuntimeException: boom 2 (raw body)
failed 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
exception 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
attempted 'conn', Job(ThrowingJob@default#2), true
report RuntimeException: boom 2
  released: false, failed: true, delayed: 0, keys: []
-- not a callable
TypeError: QWorker::setExceptionCounter(): Argument #1 ($counter) must be a valid callback or null, function "no_such_function" not found or invalid function name
