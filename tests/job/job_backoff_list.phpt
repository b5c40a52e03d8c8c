--TEST--
The payload's backoff list gives the release delay per attempt, the last entry after that, and beats the option
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
$w->setExceptionHandler(function () {});
$r = new QwTestRedis();
foreach ([0, 1, 2, 5] as $pushedAttempts) {
    $w->pushRaw(json_encode(['uuid' => 'u', 'job' => 'ThrowingJob', 'backoff' => '10,20,40', 'data' => null, 'attempts' => $pushedAttempts]));
    $job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 0, 'backoff' => '7']);
    $delay = array_values(qw_delayed())[0];
    echo "attempt ", $job->attempts(), " released for ", $delay >= 39 ? 40 : ($delay >= 19 ? 20 : ($delay >= 9 ? 10 : $delay)), "\n";
    $r->key('DEL', 'queues:default:delayed');
}
/* Without a payload backoff, the option's list applies. */
$w->pushRaw(json_encode(['job' => 'ThrowingJob', 'data' => null, 'attempts' => 1]));
$job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 0, 'backoff' => '3,60']);
echo "attempt ", $job->attempts(), " released for ", array_values(qw_delayed())[0] >= 59 ? 60 : 'other', "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ThrowingJob::fire attempt 1
attempt 1 released for 10
ThrowingJob::fire attempt 2
attempt 2 released for 20
ThrowingJob::fire attempt 3
attempt 3 released for 40
ThrowingJob::fire attempt 6
attempt 6 released for 40
ThrowingJob::fire attempt 2
attempt 2 released for 60
