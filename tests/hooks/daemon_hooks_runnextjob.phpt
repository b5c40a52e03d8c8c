--TEST--
runNextJob() calls the popping, popped, before, after, exception and failed hooks (not starting, looping, idle or stopping); pop() calls none
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w);
$w->push('OkJob', 1);
$w->push('ThrowingJob', 2);
$w->push('ThrowingJob', 3);
$w->push('OkJob', 4);
echo "-- success\n";
$w->runNextJob('conn', null, ['sleep' => 0]);
echo "-- released\n";
$w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 2, 'backoff' => 60]);
echo "-- failed\n";
$w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 1]);
echo "-- pop()\n";
$job = $w->pop();
echo $job->resolveName(), " popped\n";
$job->delete();
echo "-- no job\n";
var_dump($w->runNextJob('conn', null, ['sleep' => 0]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- success
popping 'conn', 'default'
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire 1 attempt 1
after 'conn', Job(OkJob@default#1)
-- released
popping 'conn', 'default'
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
report RuntimeException: boom 1
-- failed
popping 'conn', 'default'
popped 'conn', Job(ThrowingJob@default#1)
before 'conn', Job(ThrowingJob@default#1)
ThrowingJob::fire attempt 1
ThrowingJob::failed 3 RuntimeException: boom 1 uuid ok
failer conn default RuntimeException: boom 1 (raw body)
failed 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
exception 'conn', Job(ThrowingJob@default#1), RuntimeException(boom 1)
report RuntimeException: boom 1
-- pop()
OkJob popped
-- no job
popping 'conn', 'default'
NULL
