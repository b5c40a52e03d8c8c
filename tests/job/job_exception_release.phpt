--TEST--
A job that throws is released with the backoff option, reported, and failed on its last try
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
qw_observe($w);
$r = new QwTestRedis();
$w->push('ThrowingJob', ['x' => 1]);
$options = ['sleep' => 0, 'tries' => 3, 'backoff' => 30];

for ($attempt = 1; $attempt <= 3; $attempt++) {
    $job = $w->runNextJob('redis', null, $options);
    var_dump($job->isReleased(), $job->hasFailed());
    $delayed = qw_delayed();
    if ($delayed) {
        echo 'delayed by ', array_values($delayed)[0] >= 29 ? 'backoff' : 'wrong', ', attempts in copy ', json_decode(array_keys($delayed)[0], true)['attempts'], "\n";
        /* make it due now */
        $r->key('ZADD', 'queues:default:delayed', (string) time(), array_keys($delayed)[0]);
    }
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ThrowingJob::fire attempt 1
report RuntimeException: boom 1
bool(true)
bool(false)
delayed by backoff, attempts in copy 1
ThrowingJob::fire attempt 2
report RuntimeException: boom 2
bool(true)
bool(false)
delayed by backoff, attempts in copy 2
ThrowingJob::fire attempt 3
ThrowingJob::failed {"x":1} RuntimeException: boom 3 uuid ok
failer redis default RuntimeException: boom 3 (raw body)
report RuntimeException: boom 3
bool(false)
bool(true)
array(0) {
}
