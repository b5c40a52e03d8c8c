--TEST--
Steady state: daemon() makes one round trip per job (the ZREM of a finished job rides with the next pop), EVALSHA + ZREM per job, due jobs moved at most once a second per queue; every acknowledgement is sent before daemon() returns
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

final class QuietJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $job->delete();
    }
}

/* Counters of the private redis-server, and the commands it ran, by name. */
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

$srv = new QwbServer('daemon_steady_round_trips');
$srv->start();
$r = $srv->redis();
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $srv->port]);
$n = 2000;
for ($i = 0; $i < $n; $i++) {
    $w->push('QuietJob', ['i' => $i]);
}
$ran = 0;
$w->on('after', function () use (&$ran) { $ran++; });

$r->cmd('CONFIG', 'RESETSTAT');
$before = qwt_stats($r);
$t = microtime(true);
$status = $w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0]);
$seconds = microtime(true) - $t;
$after = qwt_stats($r);

$calls = $after['calls'];
unset($calls['info'], $calls['config']); /* this test's own */
$reads = $after['reads'] - $before['reads'] - 1; /* less the INFO above */
echo "status $status, $ran jobs ran\n";
printf("EVALSHA per job: %.2f, ZREM per job: %.2f\n", ($calls['evalsha'] ?? 0) / $n, ($calls['zrem'] ?? 0) / $n);
qwb_ok('no other command but the pop script\'s', array_diff(array_keys($calls), ['evalsha', 'eval', 'zrem', 'lpop', 'zadd', 'zrangebyscore']) === [], $calls);
qwb_ok('at most one round trip per job', $reads <= $n + 5, "$reads reads for $n jobs");
/* Two ZRANGEBYSCORE per move (delayed, reserved): once per second of the run, plus the first. */
qwb_ok('due jobs moved about once a second', ($calls['zrangebyscore'] ?? 0) <= 2 * (ceil($seconds) + 2), ($calls['zrangebyscore'] ?? 0) . " in $seconds s");
qwb_ok('every acknowledgement sent before daemon() returned',
    $r->cmd('ZCARD', qw_test_prefix() . 'queues:default:reserved') === 0 && $r->cmd('LLEN', qw_test_prefix() . 'queues:default') === 0);
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_steady_round_trips');
?>
--EXPECT--
status 0, 2000 jobs ran
EVALSHA per job: 1.00, ZREM per job: 1.00
ok - no other command but the pop script's
ok - at most one round trip per job
ok - due jobs moved about once a second
ok - every acknowledgement sent before daemon() returned
