--TEST--
Prefetch: with prefetch 32, daemon() reserves 32 jobs per pop script and acknowledges them with one ZREM, so a job costs about 1/32 of a round trip; jobs still run once each, in push order, and nothing stays reserved
--SKIPIF--
<?php
require __DIR__ . '/daemon_b.inc';
qw_test_skip_without_redis();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/daemon_b.inc';

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
    preg_match('/total_reads_processed:(\d+)/', $info, $reads);
    preg_match_all('/cmdstat_(\w+):calls=(\d+)/', $info, $m, PREG_SET_ORDER);
    $calls = [];
    foreach ($m as [, $name, $n]) {
        $calls[$name] = (int) $n;
    }
    return ['reads' => (int) $reads[1], 'calls' => $calls];
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
$before = qwt_stats($r);
$t = microtime(true);
$status = $w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0, 'prefetch' => 32]);
$seconds = microtime(true) - $t;
$after = qwt_stats($r);

$calls = $after['calls'];
unset($calls['info'], $calls['config']);
$reads = $after['reads'] - $before['reads'] - 1;
$pops = $n / 32;
echo "status $status, ", count(OrderJob::$seen), " jobs ran\n";
qwb_ok('each job once, in push order, first attempt', OrderJob::$seen === array_map(fn ($i) => [$i, 1], range(0, $n - 1)));
qwb_ok('one pop script per 32 jobs', ($calls['evalsha'] ?? 0) <= $pops + 3, $calls);
/*
 * A job of a batch that starts in a later second than the pop has its
 * reservation renewed (ZADD XX, a round trip, which carries the pending
 * ZREM): at most the rest of one batch per second of the run.
 */
$renewals = max(0, ($calls['zadd'] ?? 0) - $pops); /* each of the $pops pops that took jobs made one ZADD */
qwb_ok('renewals only where a batch crossed a second', $renewals <= 31 * (ceil($seconds) + 1), "$renewals in $seconds s");
qwb_ok('one ZREM per 32 jobs', ($calls['zrem'] ?? 0) <= $pops + $renewals + 3, $calls);
qwb_ok('one LPOP of jobs and one of :notify per pop', ($calls['lpop'] ?? 0) <= 2 * ($pops + 3), $calls);
qwb_ok('about one round trip per 32 jobs', $reads <= $pops + $renewals + 5, "$reads reads, $renewals renewals for $n jobs");
qwb_ok('nothing reserved, nothing left',
    $r->cmd('ZCARD', qw_test_prefix() . 'queues:default:reserved') === 0
    && $r->cmd('LLEN', qw_test_prefix() . 'queues:default') === 0
    && $r->cmd('LLEN', qw_test_prefix() . 'queues:default:notify') === 0);
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/daemon_b.inc';
QwbServer::clean('daemon_prefetch_round_trips');
?>
--EXPECT--
status 0, 3200 jobs ran
ok - each job once, in push order, first attempt
ok - one pop script per 32 jobs
ok - renewals only where a batch crossed a second
ok - one ZREM per 32 jobs
ok - one LPOP of jobs and one of :notify per pop
ok - about one round trip per 32 jobs
ok - nothing reserved, nothing left
