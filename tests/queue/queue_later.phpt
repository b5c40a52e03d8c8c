--TEST--
Queue protocol: later(5) ZADDs the payload to :delayed scored now+5 and touches nothing else; pop() returns null until the score is due, then migrates it (one :notify entry per job, in score order) and reserves it
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

function blank(string $raw): string
{
    $p = json_decode($raw, true);
    return str_replace(['"' . $p['uuid'] . '"', '"' . $p['id'] . '"'], ['"UUID"', '"ID"'], $raw);
}

$qw = qw_test_worker();
$r = new QwTestRedis();

echo "-- later(5)\n";
$before = time();
$id = $qw->later(5, 'LaterJob@handle', ['x' => 1]);
$after = time();
ok('id is 32 letters and digits', preg_match('/^[A-Za-z0-9]{32}$/', $id) === 1, $id);
var_dump(qw_test_keys());
$z = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
ok('one delayed member', count($z) === 2, $z);
[$payload, $score] = $z;
ok('score is an integer', preg_match('/^\d+$/', $score) === 1, $score);
ok('score is now+5', $score >= $before + 5 && $score <= $after + 5, [$before, $score, $after]);
ok('score within [now+5, now+6]', $score >= time() + 4 && $score <= time() + 6, $score);
echo blank($payload), "\n";
ok('payload id is the returned id', json_decode($payload, true)['id'] === $id);
ok('payload bytes as push() would write them', $payload === json_encode(json_decode($payload, true), JSON_UNESCAPED_UNICODE));

echo "-- pop() before it is due\n";
var_dump($qw->pop());
var_dump($qw->pop('default'));
var_dump(qw_test_keys());
ok('delayed member and score unchanged', $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES') === $z);

echo "-- due (score moved to the past)\n";
$r->key('ZADD', 'queues:default:delayed', (string) (time() - 1), $payload);
$before = time();
$job = $qw->pop();
$after = time();
echo get_class($job), "\n";
ok('raw body is the delayed payload', $job->getRawBody() === $payload);
var_dump($job->attempts(), $job->getJobId() === $id, $job->getQueue());
var_dump(qw_test_keys());
[$member, $rscore] = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
ok('reserved member is getReservedJob()', $member === $job->getReservedJob());
ok('reserved for retry_after (60)', $rscore >= $before + 60 && $rscore <= $after + 60, $rscore);
$job->delete();
var_dump(qw_test_keys());

echo "-- several due jobs migrate in score order, one notify entry each\n";
$a = $qw->later(50, 'A');
$b = $qw->later(40, 'B');
$c = $qw->later(60, 'C');
$notDue = $qw->later(3600, 'NotDue');
$members = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1');
ok('four delayed', count($members) === 4, $members);
$byId = [];
foreach ($members as $m) {
    $byId[json_decode($m, true)['id']] = $m;
}
$now = time();
$r->key('ZADD', 'queues:default:delayed', (string) ($now - 10), $byId[$a], (string) ($now - 30), $byId[$b], (string) ($now - 20), $byId[$c]);
$job = $qw->pop();
ok('first pop takes the oldest score (B)', $job->getJobId() === $b, $job->getJobId());
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
ok('the other two are on the list, C then A', array_map(fn ($m) => json_decode($m, true)['id'], $list) === [$c, $a]);
var_dump($r->key('LRANGE', 'queues:default:notify', '0', '-1'));
ok('the not-due job stays delayed', $r->key('ZRANGE', 'queues:default:delayed', '0', '-1') === [$byId[$notDue]]);
ok('C next', $qw->pop()->getJobId() === $c);
ok('A next', $qw->pop()->getJobId() === $a);
var_dump($qw->pop());
var_dump(qw_test_keys());
var_dump($r->key('ZCARD', 'queues:default:reserved'));
$r->key('DEL', 'queues:default:reserved');
$r->key('DEL', 'queues:default:delayed');

echo "-- 250 due jobs migrate in batches: all of them, in score order, 250 notify entries\n";
$args = [];
for ($i = 0; $i < 250; $i++) {
    array_push($args, (string) (1000 + $i), sprintf('{"job":"Batch","n":%d}', $i));
}
$r->key('ZADD', 'queues:default:delayed', ...$args);
$job = $qw->pop();
var_dump($job->payload()['n']);
var_dump($r->key('LLEN', 'queues:default'), $r->key('LLEN', 'queues:default:notify'), $r->key('ZCARD', 'queues:default:delayed'));
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
ok('list in score order', array_map(fn ($m) => json_decode($m, true)['n'], $list) === range(1, 249));
var_dump($qw->size());
$qw->clear();
var_dump(qw_test_keys());

echo "-- later(0) is due at once\n";
$before = time();
$id = $qw->later(0, 'Now');
$after = time();
[$m, $s] = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
ok('score is now', $s >= $before && $s <= $after, $s);
$job = $qw->pop();
ok('popped', $job !== null && $job->getJobId() === $id);
$job->delete();

echo "-- later() to a named queue\n";
$before = time();
$id = $qw->later(7, 'Named', 'data', 'mail');
$after = time();
var_dump(qw_test_keys());
[$m, $s] = $r->key('ZRANGE', 'queues:mail:delayed', '0', '-1', 'WITHSCORES');
ok('named score is now+7', $s >= $before + 7 && $s <= $after + 7, $s);
var_dump($qw->pop('mail'));
$r->key('ZADD', 'queues:mail:delayed', '1', $m);
$job = $qw->pop('mail');
var_dump($job->getQueue(), $job->getJobId() === $id);
$job->delete();
var_dump(qw_test_keys());

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- later(5)
ok - id is 32 letters and digits
array(1) {
  [0]=>
  string(22) "queues:default:delayed"
}
ok - one delayed member
ok - score is an integer
ok - score is now+5
ok - score within [now+5, now+6]
{"uuid":"UUID","displayName":"LaterJob","job":"LaterJob@handle","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"x":1},"id":"ID","attempts":0}
ok - payload id is the returned id
ok - payload bytes as push() would write them
-- pop() before it is due
NULL
NULL
array(1) {
  [0]=>
  string(22) "queues:default:delayed"
}
ok - delayed member and score unchanged
-- due (score moved to the past)
QWorker\Job
ok - raw body is the delayed payload
int(1)
bool(true)
string(7) "default"
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
ok - reserved member is getReservedJob()
ok - reserved for retry_after (60)
array(0) {
}
-- several due jobs migrate in score order, one notify entry each
ok - four delayed
ok - first pop takes the oldest score (B)
ok - the other two are on the list, C then A
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "1"
}
ok - the not-due job stays delayed
ok - C next
ok - A next
NULL
array(2) {
  [0]=>
  string(22) "queues:default:delayed"
  [1]=>
  string(23) "queues:default:reserved"
}
int(3)
-- 250 due jobs migrate in batches: all of them, in score order, 250 notify entries
int(0)
int(249)
int(249)
int(0)
ok - list in score order
int(250)
array(0) {
}
-- later(0) is due at once
ok - score is now
ok - popped
-- later() to a named queue
array(1) {
  [0]=>
  string(19) "queues:mail:delayed"
}
ok - named score is now+7
NULL
string(4) "mail"
bool(true)
array(0) {
}
