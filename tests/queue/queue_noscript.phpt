--TEST--
Queue protocol: after SCRIPT FLUSH (NOSCRIPT on EVALSHA) push, pop, release, size and clear fall back to EVAL and still leave the exact Redis state
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup(); /* leftovers of an interrupted run */

function ok(string $what, bool $cond, $detail = null): void
{
    echo $cond ? 'ok' : 'FAIL', " - $what";
    if (!$cond && func_num_args() > 2) {
        echo ': ', var_export($detail, true);
    }
    echo "\n";
}

$qw = qw_test_worker();
$r = new QwTestRedis();

/* Round 1 flushes Redis' script cache before every call; round 2 runs on the scripts EVAL cached again. */
function flush_scripts(QwTestRedis $r): void
{
    global $round;
    if ($round === 1) {
        $r->cmd('SCRIPT', 'FLUSH');
    }
}

function state(QwTestRedis $r): string
{
    return sprintf('list=%d notify=%d delayed=%d reserved=%d', $r->key('LLEN', 'queues:default'), $r->key('LLEN', 'queues:default:notify'),
        $r->key('ZCARD', 'queues:default:delayed'), $r->key('ZCARD', 'queues:default:reserved'));
}

for ($round = 1; $round <= 2; $round++) {
    echo "-- round $round\n";
    flush_scripts($r);
    $id = $qw->push('NoScript@handle', ['r' => $round]);
    echo 'push: ', state($r), "\n";
    [$raw] = $r->key('LRANGE', 'queues:default', '0', '-1');
    ok('payload stored', json_decode($raw, true)['id'] === $id);

    flush_scripts($r);
    $before = time();
    $job = $qw->pop();
    $after = time();
    echo 'pop: ', state($r), "\n";
    ok('popped the payload', $job->getRawBody() === $raw);
    [$m, $s] = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
    ok('reserved copy with attempts 1, now+60', $m === $job->getReservedJob() && json_decode($m, true)['attempts'] === 1
        && $s >= $before + 60 && $s <= $after + 60, [$m, $s]);

    flush_scripts($r);
    $before = time();
    $job->release(10);
    $after = time();
    echo 'release: ', state($r), "\n";
    [$m, $s] = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
    ok('released string, now+10', $m === $job->getReservedJob() && $s >= $before + 10 && $s <= $after + 10, [$m, $s]);

    flush_scripts($r);
    $qw->pushRaw('{"job":"Raw"}');
    flush_scripts($r);
    var_dump($qw->size());

    flush_scripts($r);
    var_dump($qw->clear());
    var_dump(qw_test_keys());
}

echo "-- the delayed migration in the pop script after a flush\n";
$round = 1;
$qw->later(0, 'Due');
flush_scripts($r);
$job = $qw->pop();
var_dump($job->getName(), $job->attempts());
echo state($r), "\n";

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- round 1
push: list=1 notify=1 delayed=0 reserved=0
ok - payload stored
pop: list=0 notify=0 delayed=0 reserved=1
ok - popped the payload
ok - reserved copy with attempts 1, now+60
release: list=0 notify=0 delayed=1 reserved=0
ok - released string, now+10
int(2)
int(2)
array(0) {
}
-- round 2
push: list=1 notify=1 delayed=0 reserved=0
ok - payload stored
pop: list=0 notify=0 delayed=0 reserved=1
ok - popped the payload
ok - reserved copy with attempts 1, now+60
release: list=0 notify=0 delayed=1 reserved=0
ok - released string, now+10
int(2)
int(2)
array(0) {
}
-- the delayed migration in the pop script after a flush
string(3) "Due"
int(1)
list=0 notify=0 delayed=0 reserved=1
