--TEST--
Queue protocol: Job::release(0) and release(30) ZREM the reserved string and ZADD that same string (attempts 1) to :delayed scored now+delay; a job released with 0 pops again at once with attempts() 2, one released with 30 does not
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

foreach ([30, 0] as $delay) {
    echo "-- release($delay)\n";
    $id = $qw->push('Released@handle', ['d' => $delay]);
    $job = $qw->pop();
    $reserved = $job->getReservedJob();
    $before = time();
    var_dump($job->release($delay));
    $after = time();
    var_dump($job->isReleased(), $job->isDeleted(), $job->isDeletedOrReleased());
    var_dump(qw_test_keys());
    var_dump($r->key('ZCARD', 'queues:default:reserved'));
    $z = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
    ok('delayed holds exactly the reserved string', count($z) === 2 && $z[0] === $reserved, $z);
    ok("score is now+$delay", $z[1] >= $before + $delay && $z[1] <= $after + $delay, [$before, $z[1], $after]);
    var_dump(json_decode($z[0], true)['attempts']);
    if ($delay > 0) {
        var_dump($qw->pop());
        ok('still delayed, same score', $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES') === $z);
        $r->key('DEL', 'queues:default:delayed');
        continue;
    }
    $before = time();
    $again = $qw->pop();
    $after = time();
    echo get_class($again), "\n";
    ok('raw body is the released string', $again->getRawBody() === $reserved);
    var_dump($again->attempts(), $again->getJobId() === $id);
    $z = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
    ok('reserved again, attempts 2, now+60', count($z) === 2 && $z[0] === $again->getReservedJob()
        && json_decode($z[0], true)['attempts'] === 2 && $z[1] >= $before + 60 && $z[1] <= $after + 60, $z);
    var_dump(qw_test_keys(), $r->key('LLEN', 'queues:default:notify'));
    echo "-- released again: attempts 2 stored, pops as attempt 3\n";
    $again->release();
    ok('delayed holds the attempts-2 string', $r->key('ZRANGE', 'queues:default:delayed', '0', '-1') === [$again->getReservedJob()]);
    $third = $qw->pop();
    var_dump($third->attempts());
    $third->delete();
    var_dump(qw_test_keys());
}

echo "-- release on a named queue\n";
$qw->push('Named', null, 'rel');
$job = $qw->pop('rel');
$before = time();
$job->release(15);
$after = time();
var_dump(qw_test_keys());
[$m, $s] = $r->key('ZRANGE', 'queues:rel:delayed', '0', '-1', 'WITHSCORES');
ok('named: reserved string, now+15', $m === $job->getReservedJob() && $s >= $before + 15 && $s <= $after + 15, [$m, $s]);

echo "-- a non-JSON payload is released as is\n";
$qw->pushRaw('not json');
$job = $qw->pop();
$job->release();
var_dump($r->key('ZRANGE', 'queues:default:delayed', '0', '-1'));
var_dump($qw->pop()->getRawBody());

echo "-- a negative delay\n";
try {
    $job->release(-1);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- release(30)
NULL
bool(true)
bool(false)
bool(true)
array(1) {
  [0]=>
  string(22) "queues:default:delayed"
}
int(0)
ok - delayed holds exactly the reserved string
ok - score is now+30
int(1)
NULL
ok - still delayed, same score
-- release(0)
NULL
bool(true)
bool(false)
bool(true)
array(1) {
  [0]=>
  string(22) "queues:default:delayed"
}
int(0)
ok - delayed holds exactly the reserved string
ok - score is now+0
int(1)
QWorker\Job
ok - raw body is the released string
int(2)
bool(true)
ok - reserved again, attempts 2, now+60
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
int(0)
-- released again: attempts 2 stored, pops as attempt 3
ok - delayed holds the attempts-2 string
int(3)
array(0) {
}
-- release on a named queue
array(1) {
  [0]=>
  string(18) "queues:rel:delayed"
}
ok - named: reserved string, now+15
-- a non-JSON payload is released as is
array(1) {
  [0]=>
  string(8) "not json"
}
string(8) "not json"
-- a negative delay
ValueError: QWorker\Job::release(): Argument #1 ($delay) must be between 0 and 315360000
