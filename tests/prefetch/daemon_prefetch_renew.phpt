--TEST--
Prefetch: a job reserved ahead has its attempt counted as it starts: one that waits into a later second is then reserved for retry_after from its start; one whose reservation expired and was moved back meanwhile comes back with no attempt counted, is not run from the stale copy, but popped again and run once, on its first attempt
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

final class SlowJob
{
    public static array $log = [];
    public static $onRun;

    public function fire(QWorker\Job $job, $data)
    {
        $r = new QwTestRedis();
        $score = $r->key('ZSCORE', 'queues:default:reserved', $job->getReservedJob());
        self::$log[] = [$data['i'], $job->attempts(), time(), $score === null ? null : (int) $score];
        if (self::$onRun) {
            (self::$onRun)($data['i']);
        }
        $job->delete();
    }
}

echo "-- retry_after 5, prefetch 3, job 1 takes 2.2 s\n";
$w = qw_test_worker(['retry_after' => 5]);
for ($i = 1; $i <= 3; $i++) {
    $w->push('SlowJob', ['i' => $i]);
}
SlowJob::$onRun = function ($i) { if ($i === 1) usleep(2200000); };
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 3, 'stop_when_empty' => true, 'tries' => 3]);
/*
 * Started late: reserved until (start script's time + 5), just before the
 * start, so start + 5 (+ 4 when a second ticked in between). Left as popped,
 * jobs 2 and 3 would be reserved until (pop time + 5), at most start + 3.
 */
foreach (SlowJob::$log as [$i, $attempts, $started, $score]) {
    echo "job $i: attempt $attempts, reserved until ", $score - $started >= 4 ? 'about start + 5' : 'start + ' . ($score - $started), "\n";
}

echo "-- retry_after 1, prefetch 3, job 1 takes 2.2 s while another worker moves expired reservations\n";
SlowJob::$log = [];
$w = qw_test_worker(['retry_after' => 1]);
for ($i = 1; $i <= 3; $i++) {
    $w->push('SlowJob', ['i' => $i]);
}
SlowJob::$onRun = function ($i) {
    if ($i === 1) {
        usleep(2200000);
        /* What a Laravel worker's pop does first: expired reservations go back to the ready list. */
        $r = new QwTestRedis();
        $p = qw_test_prefix();
        $expired = $r->cmd('ZRANGEBYSCORE', "{$p}queues:default:reserved", '-inf', (string) time());
        foreach ($expired as $member) {
            if (json_decode($member, true)['data']['i'] !== 1) {
                $r->cmd('ZREM', "{$p}queues:default:reserved", $member);
                $r->cmd('RPUSH', "{$p}queues:default", $member);
                $r->cmd('RPUSH', "{$p}queues:default:notify", '1');
            }
        }
    }
};
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 3, 'stop_when_empty' => true, 'tries' => 3]);
/* The other worker moved jobs 2 and 3 in :reserved order (same score: by content), so by number. */
usort(SlowJob::$log, fn ($a, $b) => $a[0] <=> $b[0]);
foreach (SlowJob::$log as [$i, $attempts]) {
    echo "job $i: attempt $attempts\n";
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- retry_after 5, prefetch 3, job 1 takes 2.2 s
job 1: attempt 1, reserved until about start + 5
job 2: attempt 1, reserved until about start + 5
job 3: attempt 1, reserved until about start + 5
-- retry_after 1, prefetch 3, job 1 takes 2.2 s while another worker moves expired reservations
job 1: attempt 1
job 2: attempt 1
job 3: attempt 1
array(0) {
}
