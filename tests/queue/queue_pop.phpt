--TEST--
Queue protocol: pop() LPOPs the list and one :notify entry, ZADDs to :reserved (scored now+retry_after: 60 by default, 7 via settings) a copy with attempts+1, and returns a QWorker\Job over the raw payload (attempts 1, unprefixed queue name, connection name)
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

/* cjson re-encodes objects in its own key order: compare them sorted. */
function ksort_deep(&$a): void
{
    if (is_array($a)) {
        ksort($a);
        foreach ($a as &$v) {
            ksort_deep($v);
        }
    }
}

$r = new QwTestRedis();

/* Pushes a job, pops it and checks the Redis state around it. */
function push_and_pop(QWorker $qw, QwTestRedis $r, int $retryAfter, ?string $queue, string $name): QWorker\Job
{
    $data = ['to' => 'x@y.z', 'list' => [1, 2, 3], 'nested' => ['a' => null, 'b' => true], 'str' => "é\"/"];
    $id = $qw->push('App\Jobs\PopJob@handle', $data, $queue, ['maxTries' => 5, 'backoff' => [1, 2]]);
    [$raw] = $r->key('LRANGE', "queues:$name", '0', '-1');
    $before = time();
    $job = $qw->pop($queue);
    $after = time();
    echo get_class($job), "\n";
    ok('getRawBody() is the pushed payload', $job->getRawBody() === $raw, $job->getRawBody());
    ok('getJobId() is the push id', $job->getJobId() === $id, $job->getJobId());
    ok('uuid() is the payload uuid', $job->uuid() === json_decode($raw, true)['uuid']);
    ok('payload() is the decoded raw payload', $job->payload() === json_decode($raw, true));
    var_dump(qw_test_keys());
    $z = $r->key('ZRANGE', "queues:$name:reserved", '0', '-1', 'WITHSCORES');
    ok('one reserved member', count($z) === 2, $z);
    [$member, $score] = $z;
    ok('reserved member is getReservedJob()', $member === $job->getReservedJob(), $member);
    ok("reserved score is now+$retryAfter", $score >= $before + $retryAfter && $score <= $after + $retryAfter, [$before, $score, $after]);
    ok("reserved score within [now+$retryAfter, now+$retryAfter+1]", $score >= time() + $retryAfter - 1 && $score <= time() + $retryAfter + 1, $score);
    $expected = json_decode($raw, true);
    $expected['attempts'] = 1;
    $got = json_decode($member, true);
    ksort_deep($expected);
    ksort_deep($got);
    ok('reserved copy: same fields, attempts 1', $got === $expected, $got);
    var_dump($r->key('LLEN', "queues:$name"), $r->key('LLEN', "queues:$name:notify"));
    var_dump($job->attempts(), $job->getQueue(), $job->getConnectionName());
    var_dump($job->isDeleted(), $job->isReleased(), $job->isDeletedOrReleased(), $job->hasFailed());
    return $job;
}

echo "-- defaults: retry_after 60, connection redis\n";
$qw = qw_test_worker();
$job = push_and_pop($qw, $r, 60, null, 'default');
echo "-- empty queue: null, reservation untouched\n";
$z = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
var_dump($qw->pop());
var_dump($qw->pop('default'));
ok('reservation untouched', $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES') === $z);
var_dump(qw_test_keys());
$r->key('DEL', 'queues:default:reserved');

echo "-- retry_after 7, connection and queue settings\n";
$qw7 = qw_test_worker(['retry_after' => 7, 'connection' => 'redis-jobs', 'queue' => 'work']);
$job = push_and_pop($qw7, $r, 7, null, 'work');
$r->key('DEL', 'queues:work:reserved');
echo "-- retry_after as a numeric string, named queue\n";
$qw9 = qw_test_worker(['retry_after' => '9']);
$job = push_and_pop($qw9, $r, 9, 'named', 'named');

echo "-- FIFO\n";
$qw->pushRaw('{"n":1}');
$qw->pushRaw('{"n":2}');
$qw->push('Third');
var_dump($qw->pop()->payload()['n'], $qw->pop()->payload()['n'], $qw->pop()->getName(), $qw->pop());
var_dump($r->key('ZCARD', 'queues:default:reserved'));

echo "-- runNextJob's connection argument names the popped job's connection\n";
$qw->push('Conn@handle');
$qw->setResolver(function () { return new class { public function handle($job, $data) { $job->delete(); } }; });
$job = $qw->runNextJob('my-conn');
var_dump($job->getConnectionName(), $job->isDeleted(), $r->key('ZCARD', 'queues:default:reserved'));

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- defaults: retry_after 60, connection redis
QWorker\Job
ok - getRawBody() is the pushed payload
ok - getJobId() is the push id
ok - uuid() is the payload uuid
ok - payload() is the decoded raw payload
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
ok - one reserved member
ok - reserved member is getReservedJob()
ok - reserved score is now+60
ok - reserved score within [now+60, now+60+1]
ok - reserved copy: same fields, attempts 1
int(0)
int(0)
int(1)
string(7) "default"
string(5) "redis"
bool(false)
bool(false)
bool(false)
bool(false)
-- empty queue: null, reservation untouched
NULL
NULL
ok - reservation untouched
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
-- retry_after 7, connection and queue settings
QWorker\Job
ok - getRawBody() is the pushed payload
ok - getJobId() is the push id
ok - uuid() is the payload uuid
ok - payload() is the decoded raw payload
array(1) {
  [0]=>
  string(20) "queues:work:reserved"
}
ok - one reserved member
ok - reserved member is getReservedJob()
ok - reserved score is now+7
ok - reserved score within [now+7, now+7+1]
ok - reserved copy: same fields, attempts 1
int(0)
int(0)
int(1)
string(4) "work"
string(10) "redis-jobs"
bool(false)
bool(false)
bool(false)
bool(false)
-- retry_after as a numeric string, named queue
QWorker\Job
ok - getRawBody() is the pushed payload
ok - getJobId() is the push id
ok - uuid() is the payload uuid
ok - payload() is the decoded raw payload
array(1) {
  [0]=>
  string(21) "queues:named:reserved"
}
ok - one reserved member
ok - reserved member is getReservedJob()
ok - reserved score is now+9
ok - reserved score within [now+9, now+9+1]
ok - reserved copy: same fields, attempts 1
int(0)
int(0)
int(1)
string(5) "named"
string(5) "redis"
bool(false)
bool(false)
bool(false)
bool(false)
-- FIFO
int(1)
int(2)
string(5) "Third"
NULL
int(3)
-- runNextJob's connection argument names the popped job's connection
string(7) "my-conn"
bool(true)
int(3)
