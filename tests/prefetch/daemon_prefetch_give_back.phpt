--TEST--
Prefetch: jobs reserved ahead that the worker does not start go back to the head of the queue at once, in order and with their attempts unchanged, when it stops (SIGTERM, restart signal, max_jobs) or skips (looping hook false); max_jobs bounds what is reserved, and a finished job leaves :reserved before the next one starts
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!function_exists('posix_kill')) die('skip posix not loaded');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

final class StepJob
{
    public static array $ran = [];
    public static $onRun;

    public function fire(QWorker\Job $job, $data)
    {
        self::$ran[] = $data['i'];
        if (self::$onRun) {
            (self::$onRun)($data['i'], $job);
        }
        $job->delete();
    }
}

$r = new QwTestRedis();
$p = qw_test_prefix();

/* What is left: the ready list's job numbers with their attempts, and the other keys' sizes. */
function left(QwTestRedis $r, string $p): string
{
    $jobs = array_map(function ($raw) {
        $job = json_decode($raw, true);
        return $job['data']['i'] . ($job['attempts'] ? "(attempts {$job['attempts']})" : '');
    }, $r->cmd('LRANGE', "{$p}queues:default", '0', '-1'));
    return sprintf("ran [%s], ready [%s], notify %d, reserved %d, delayed %d",
        implode(' ', StepJob::$ran), implode(' ', $jobs),
        $r->cmd('LLEN', "{$p}queues:default:notify"), $r->cmd('ZCARD', "{$p}queues:default:reserved"),
        $r->cmd('ZCARD', "{$p}queues:default:delayed"));
}

function fill(QWorker $w, QwTestRedis $r, string $p, int $n): void
{
    $r->cmd('DEL', "{$p}queues:default");
    $r->cmd('DEL', "{$p}queues:default:notify");
    for ($i = 1; $i <= $n; $i++) {
        $w->push('StepJob', ['i' => $i]);
    }
    StepJob::$ran = [];
}

$w = qw_test_worker();

echo "-- SIGTERM during job 3 of 10, prefetch 8\n";
fill($w, $r, $p, 10);
StepJob::$onRun = function ($i) { if ($i === 3) posix_kill(getmypid(), SIGTERM); };
echo 'status ', $w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 8]), "\n";
echo left($r, $p), "\n";

echo "-- the same jobs run to the end afterwards\n";
StepJob::$onRun = null;
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 8, 'stop_when_empty' => true]);
echo left($r, $p), "\n";

echo "-- restart signal during job 2 of 6, prefetch 4\n";
$signal = '1';
$w->setCache(function () use (&$signal) { return $signal; });
fill($w, $r, $p, 6);
$stopped = null;
$w->on('stopping', function ($status, $reason) use (&$stopped) { $stopped = $reason; });
/* The signal is read at most once a second: job 2 takes a little over one. */
StepJob::$onRun = function ($i) use (&$signal) { if ($i === 2) { $signal = '2'; usleep(1100000); } };
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 4]);
echo "stopped: $stopped\n", left($r, $p), "\n";
$w->setCache(null);

echo "-- max_jobs 3, prefetch 8: only 3 reserved\n";
fill($w, $r, $p, 6);
$reservedSeen = [];
/* A start is written without waiting for its reply: give Redis a moment to run it, and the acknowledgement before it. */
StepJob::$onRun = function ($i) use ($r, $p, &$reservedSeen) { usleep(50000); $reservedSeen[] = $r->cmd('ZCARD', "{$p}queues:default:reserved"); };
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 8, 'max_jobs' => 3]);
echo 'reserved while running: ', implode(' ', $reservedSeen), "\n", left($r, $p), "\n";

echo "-- looping hook says false after job 2 of 5, prefetch 5\n";
fill($w, $r, $p, 5);
StepJob::$onRun = null;
$w->on('looping', function () { return count(StepJob::$ran) >= 2 ? false : null; });
$w->daemon('redis', null, ['sleep' => 0.1, 'prefetch' => 5, 'max_time' => 1]);
echo "stopped: $stopped\n", left($r, $p), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- SIGTERM during job 3 of 10, prefetch 8
status 0
ran [1 2 3], ready [4 5 6 7 8 9 10], notify 7, reserved 0, delayed 0
-- the same jobs run to the end afterwards
ran [1 2 3 4 5 6 7 8 9 10], ready [], notify 0, reserved 0, delayed 0
-- restart signal during job 2 of 6, prefetch 4
stopped: received_restart_signal
ran [1 2], ready [3 4 5 6], notify 4, reserved 0, delayed 0
-- max_jobs 3, prefetch 8: only 3 reserved
reserved while running: 3 2 1
ran [1 2 3], ready [4 5 6], notify 3, reserved 0, delayed 0
-- looping hook says false after job 2 of 5, prefetch 5
stopped: max_time_exceeded
ran [1 2], ready [3 4 5], notify 3, reserved 0, delayed 0
