--TEST--
Queue protocol: a reservation whose score has passed is migrated back by the next pop() (attempts 2, the old reserved string replaced by a new one with attempts 2); a null retry_after means Laravel's default of 60
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

$r = new QwTestRedis();
$qw = qw_test_worker();

echo "-- retry_after 60: an unexpired reservation stays\n";
$id = $qw->push('Expiring@handle', ['v' => 1]);
$first = $qw->pop();
$r1 = $first->getReservedJob();
var_dump($qw->pop());
ok('still reserved, score in the future', $r->key('ZSCORE', 'queues:default:reserved', $r1) > time());

echo "-- the reservation expires\n";
$r->key('ZADD', 'queues:default:reserved', (string) (time() - 5), $r1);
$before = time();
$second = $qw->pop();
$after = time();
echo get_class($second), "\n";
ok('raw body is the old reserved string', $second->getRawBody() === $r1, $second->getRawBody());
var_dump($second->attempts(), $second->getJobId() === $id, $second->getQueue());
$z = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
ok('exactly one reserved member: the new one', count($z) === 2 && $z[0] === $second->getReservedJob(), $z);
ok('the old reserved string is gone', $r->key('ZSCORE', 'queues:default:reserved', $r1) === null);
ok('new score is now+60', $z[1] >= $before + 60 && $z[1] <= $after + 60, $z[1]);
$p1 = json_decode($r1, true);
$p2 = json_decode($second->getReservedJob(), true);
var_dump($p1['attempts'], $p2['attempts']);
$p1['attempts'] = 2;
ok('same fields otherwise', $p1 == $p2, [$p1, $p2]);
var_dump(qw_test_keys());
var_dump($r->key('LLEN', 'queues:default:notify'));

echo "-- the first Job object's delete() no longer matches anything\n";
$first->delete();
ok('the new reservation survives', $r->key('ZCARD', 'queues:default:reserved') === 1);
$second->delete();
var_dump(qw_test_keys());

echo "-- expired again and again: attempts keeps counting\n";
$qw->push('Again');
$job = $qw->pop();
for ($i = 0; $i < 3; $i++) {
    $r->key('ZADD', 'queues:default:reserved', '1', $job->getReservedJob());
    $job = $qw->pop();
}
var_dump($job->attempts(), json_decode($job->getReservedJob(), true)['attempts'], $r->key('ZCARD', 'queues:default:reserved'));
$job->delete();

echo "-- several expired reservations come back in score order, one notify each\n";
foreach (['A', 'B', 'C'] as $n) {
    $qw->push($n);
}
$jobs = [$qw->pop(), $qw->pop(), $qw->pop()];
$r->key('ZADD', 'queues:default:reserved', '30', $jobs[0]->getReservedJob(), '10', $jobs[1]->getReservedJob(), '20', $jobs[2]->getReservedJob());
$job = $qw->pop();
var_dump($job->getName());
var_dump(array_map(fn ($m) => json_decode($m, true)['job'], $r->key('LRANGE', 'queues:default', '0', '-1')));
var_dump($r->key('LLEN', 'queues:default:notify'));
var_dump($qw->pop()->getName(), $qw->pop()->getName(), $qw->pop());
qw_test_cleanup();

echo "-- retry_after null is Laravel's default, 60 (RedisConnector: \$config['retry_after'] ?? 60)\n";
$qn = qw_test_worker(['retry_after' => null]);
var_dump($qn->getSettings()['retry_after']);
$qn->push('NullRetry@handle');
$before = time();
$job = $qn->pop();
$after = time();
$score = $r->key('ZSCORE', 'queues:default:reserved', $job->getReservedJob());
ok('reserved for 60 s', $score >= $before + 60 && $score <= $after + 60, $score);
$r->key('ZADD', 'queues:default:reserved', '1', $job->getReservedJob());
$again = $qn->pop();
ok('an expired reservation is migrated', $again !== null && $again->getRawBody() === $job->getReservedJob());
var_dump($again ? $again->attempts() : null);

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- retry_after 60: an unexpired reservation stays
NULL
ok - still reserved, score in the future
-- the reservation expires
QWorker\Job
ok - raw body is the old reserved string
int(2)
bool(true)
string(7) "default"
ok - exactly one reserved member: the new one
ok - the old reserved string is gone
ok - new score is now+60
int(1)
int(2)
ok - same fields otherwise
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
int(0)
-- the first Job object's delete() no longer matches anything
ok - the new reservation survives
array(0) {
}
-- expired again and again: attempts keeps counting
int(4)
int(4)
int(1)
-- several expired reservations come back in score order, one notify each
string(1) "B"
array(2) {
  [0]=>
  string(1) "C"
  [1]=>
  string(1) "A"
}
int(2)
string(1) "C"
string(1) "A"
NULL
-- retry_after null is Laravel's default, 60 (RedisConnector: $config['retry_after'] ?? 60)
int(60)
ok - reserved for 60 s
ok - an expired reservation is migrated
int(2)
