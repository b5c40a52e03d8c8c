--TEST--
Prefetch: with prefetch 32, daemon() reserves 32 jobs per pop script; every other job has its attempt counted by one start script as it starts, and each finished job's acknowledgement (one ZREM) goes with the next start or pop, never later; jobs still run once each, in push order, and nothing stays reserved
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

final class OrderJob
{
    public static array $seen = [];

    public function fire(QWorker\Job $job, $data)
    {
        self::$seen[] = [$data['i'], $job->attempts()];
        $job->delete();
    }
}

function qwt_stats(QwTestRedis $r): array
{
    $info = $r->cmd('INFO', 'all');
    preg_match_all('/cmdstat_(\w+):calls=(\d+)/', $info, $m, PREG_SET_ORDER);
    $calls = [];
    foreach ($m as [, $name, $n]) {
        $calls[$name] = (int) $n;
    }
    return $calls;
}

$srv = new QwbServer('daemon_prefetch_round_trips');
$srv->start();
$r = $srv->redis();
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $srv->port]);
$n = 3200;
for ($i = 0; $i < $n; $i++) {
    $w->push('OrderJob', ['i' => $i]);
}

$r->cmd('CONFIG', 'RESETSTAT');
$status = $w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0, 'prefetch' => 32]);
$calls = qwt_stats($r);
unset($calls['info'], $calls['config']);
$pops = $n / 32;
echo "status $status, ", count(OrderJob::$seen), " jobs ran\n";
qwb_ok('each job once, in push order, first attempt', OrderJob::$seen === array_map(fn ($i) => [$i, 1], range(0, $n - 1)));
qwb_ok('one LPOP of jobs and one of :notify per pop', ($calls['lpop'] ?? 0) <= 2 * ($pops + 3), $calls);
/*
 * The first job of a pop starts in the pop; each other job has its attempt
 * counted as it starts, by one start script: EVAL written without waiting for
 * its reply in the second of its pop, EVALSHA waited for when the job starts
 * in a later second. Either way the finished job's ZREM goes just ahead of
 * it. Redis counts the commands a script runs too: a start reads the score
 * (ZADD XX INCR 0), then is one ZREM and one ZADD.
 */
$starts = $n - $pops;
qwb_ok('one script per pop and per job reserved ahead', ($calls['eval'] ?? 0) + ($calls['evalsha'] ?? 0) <= $pops + $starts + 4, $calls);
qwb_ok('one ZADD per pop, two per start', ($calls['zadd'] ?? 0) === $pops + 2 * $starts, $calls);
qwb_ok('one ZREM per start, one per acknowledgement', ($calls['zrem'] ?? 0) === $starts + $n, $calls);
qwb_ok('nothing reserved, nothing left',
    $r->cmd('ZCARD', qw_test_prefix() . 'queues:default:reserved') === 0
    && $r->cmd('LLEN', qw_test_prefix() . 'queues:default') === 0
    && $r->cmd('LLEN', qw_test_prefix() . 'queues:default:notify') === 0);
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_prefetch_round_trips');
?>
--EXPECT--
status 0, 3200 jobs ran
ok - each job once, in push order, first attempt
ok - one LPOP of jobs and one of :notify per pop
ok - one script per pop and per job reserved ahead
ok - one ZADD per pop, two per start
ok - one ZREM per start, one per acknowledgement
ok - nothing reserved, nothing left
