--TEST--
released_after_exception hook: fires after the exception hook once the worker released a throwing job, with the connection, the released Job, the delay as computed and the exception (the backoff option, a list per attempt, the job's own backoff first); also from daemon(); a throwing hook is reported after the job's exception and the job stays released
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();

/* What the hook sees: argument types, the job's state, and the delayed copy already in Redis. */
$check = function ($connection, QWorker\Job $job, $delay) {
    echo '  types: ', implode(', ', array_map('get_debug_type', func_get_args())), "\n";
    echo '  released: ', var_export($job->isReleased(), true), ', deleted: ', var_export($job->isDeleted(), true),
        ', failed: ', var_export($job->hasFailed(), true), "\n";
    $delayed = qw_delayed();
    $due = $delayed ? reset($delayed) : null;
    echo '  delayed set: ', count($delayed), ' job, attempts ', $delayed ? json_decode((string) array_key_first($delayed), true)['attempts'] : '-',
        ', due in ', $due !== null && abs($due - $delay) <= 1 ? 'the delay' : var_export($due, true), "\n";
};
qwa_hooks($w, ['before', 'after', 'exception', 'released_after_exception', 'failed', 'stopping'], ['released_after_exception' => $check]);

/* Makes the one delayed job due now; returns its payload. */
$due_now = function () use ($r): array {
    $delayed = qw_delayed();
    if (count($delayed) !== 1) {
        echo "FAIL - expected 1 delayed job: ", var_export($delayed, true), "\n";
        return [];
    }
    $member = (string) array_key_first($delayed);
    $r->key('ZADD', 'queues:default:delayed', (string) (time() - 1), $member);
    return json_decode($member, true);
};

echo "-- backoff option 45\n";
$w->push('ThrowingJob', 'a');
$job = $w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 3, 'backoff' => 45]);
var_dump($job->isReleased(), $job->hasFailed());
$due_now();
$w->clear();

echo "-- backoff option list 3,8: entry per attempt, the last one after\n";
$w->push('ThrowingJob', 'b');
foreach ([1, 2, 3] as $n) {
    $w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 5, 'backoff' => '3,8']);
    $due_now();
}
$w->clear();

echo "-- the job's backoff 5,17 wins over the option\n";
$w->push('ThrowingJob', 'c', null, ['backoff' => [5, 17]]);
foreach ([1, 2, 3] as $n) {
    $w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 5, 'backoff' => 99]);
    $due_now();
}
$w->clear();

echo "-- backoff 0\n";
$w->push('ThrowingJob', 'd');
$w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 2]);
$w->clear();

echo "-- daemon()\n";
$w->push('ThrowingJob', 'e');
var_dump($w->daemon('dconn', null, ['sleep' => 0, 'tries' => 2, 'backoff' => 30, 'max_jobs' => 1]));
$w->clear();

echo "-- the hook throws\n";
$w->on('released_after_exception', function ($connection, QWorker\Job $job, int $delay) {
    echo "released_after_exception $connection $delay\n";
    throw new LogicException("hook broke at $delay");
});
$w->push('ThrowingJob', 'f');
$job = $w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 3, 'backoff' => 12]);
var_dump($job->isReleased(), $job->hasFailed());
$delayed = qw_delayed();
echo count($delayed), ' delayed job, due in ', abs(reset($delayed) - 12) <= 1 ? '12 s' : var_export($delayed, true), ', ',
    count($r->key('ZRANGE', 'queues:default:reserved', '0', '-1')), " reserved\n";
$w->clear();

echo "-- removed\n";
$w->on('released_after_exception', null);
$w->push('ThrowingJob', 'g');
$job = $w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 3, 'backoff' => 12]);
var_dump($job->isReleased());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- backoff option 45
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 45
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 1, due in the delay
report RuntimeException: boom 1
bool(true)
bool(false)
-- backoff option list 3,8: entry per attempt, the last one after
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 3
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 1, due in the delay
report RuntimeException: boom 1
before 'conn', Job(ThrowingJob@default#2)
ThrowingJob::fire attempt 2
exception 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
released_after_exception 'conn', Job(ThrowingJob@default#2), 8
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 2, due in the delay
report RuntimeException: boom 2
before 'conn', Job(ThrowingJob@default#3)
ThrowingJob::fire attempt 3
exception 'conn', Job(ThrowingJob@default#3), RuntimeException(boom 3)
released_after_exception 'conn', Job(ThrowingJob@default#3), 8
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 3, due in the delay
report RuntimeException: boom 3
-- the job's backoff 5,17 wins over the option
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 5
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 1, due in the delay
report RuntimeException: boom 1
before 'conn', Job(ThrowingJob@default#2)
ThrowingJob::fire attempt 2
exception 'conn', Job(ThrowingJob@default#2), RuntimeException(boom 2)
released_after_exception 'conn', Job(ThrowingJob@default#2), 17
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 2, due in the delay
report RuntimeException: boom 2
before 'conn', Job(ThrowingJob@default#3)
ThrowingJob::fire attempt 3
exception 'conn', Job(ThrowingJob@default#3), RuntimeException(boom 3)
released_after_exception 'conn', Job(ThrowingJob@default#3), 17
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 3, due in the delay
report RuntimeException: boom 3
-- backoff 0
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'conn', Job(ThrowingJob@default#1), 0
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 1, due in the delay
report RuntimeException: boom 1
-- daemon()
before 'dconn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'dconn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception 'dconn', Job(ThrowingJob@default#1), 30
  types: string, QWorker\Job, int, RuntimeException
  released: true, deleted: false, failed: false
  delayed set: 1 job, attempts 1, due in the delay
report RuntimeException: boom 1
stopping 0, 'max_jobs_exceeded'
int(0)
-- the hook throws
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
released_after_exception conn 12
report RuntimeException: boom 1
report LogicException: hook broke at 12
bool(true)
bool(false)
1 delayed job, due in 12 s, 0 reserved
-- removed
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
report RuntimeException: boom 1
bool(true)
