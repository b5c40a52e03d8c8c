--TEST--
daemon() with tries and backoff: a throwing job is released with the backoff of its attempt, run again once due, and failed on its last try
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['before', 'exception', 'failed', 'stopping'], [
    'exception' => function ($c, $job) {
        if (!$job->hasFailed()) {
            $GLOBALS['released_at'] = microtime(true);
        }
    },
], false);
$w->push('ThrowingJob', ['x' => 1]);
$status = $w->daemon('redis', null, ['sleep' => 0.1, 'tries' => '2', 'backoff' => '1,30', 'max_jobs' => 2, 'max_time' => 4]);
var_dump($status);
$ht = $GLOBALS['hook_times'];
/*
 * Released with delay 1 (backoff[0]; delay 30 would hit max_time first): the delayed score is the
 * release second + 1, so attempt 2 starts in a later whole second than the release, and soon.
 */
$seconds = (int) floor($ht['before'][1]) - (int) floor($GLOBALS['released_at']);
ok('second attempt came after the 1 s backoff', $seconds >= 1 && $seconds <= (qwa_slow() > 1 ? 5 : 2), [$GLOBALS['released_at'], $ht['before'][1]]);
echo implode("\n", $GLOBALS['hlog']), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ThrowingJob::fire attempt 1
report RuntimeException: boom 1
ThrowingJob::fire attempt 2
ThrowingJob::failed {"x":1} RuntimeException: boom 2 uuid ok
failer redis default RuntimeException: boom 2 (raw body)
report RuntimeException: boom 2
int(0)
ok - second attempt came after the 1 s backoff
before 'redis', Job(ThrowingJob@default#1)
exception 'redis', Job(ThrowingJob@default#1), RuntimeException(boom 1)
before 'redis', Job(ThrowingJob@default#2)
failed 'redis', Job(ThrowingJob@default#2), RuntimeException(boom 2)
exception 'redis', Job(ThrowingJob@default#2), RuntimeException(boom 2)
stopping 0, 'max_jobs_exceeded'
array(0) {
}
