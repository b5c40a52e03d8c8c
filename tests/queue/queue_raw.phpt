--TEST--
Queue protocol: pushRaw() and laterRaw() store the payload string byte for byte (odd JSON spacing, binary, NUL bytes), on the default or a named queue, and pop() hands back exactly those bytes
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

$odd = '{ "job" : "Raw@handle",  "data":{"a":[ ]}, "attempts": 0, "id":"abc", "x":"\u00e9\/" }';
$binary = "bin\x00ary\xff\xfe\r\n*3\r\n";

echo "-- pushRaw\n";
var_dump($qw->pushRaw($odd));
$qw->pushRaw($binary);
$qw->pushRaw('');
var_dump(qw_test_keys());
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
ok('list holds the three strings exactly, in order', $list === [$odd, $binary, ''], $list);
var_dump($r->key('LRANGE', 'queues:default:notify', '0', '-1'));

echo "-- pushRaw to a named queue\n";
$qw->pushRaw($odd, 'rawq');
ok('named list', $r->key('LRANGE', 'queues:rawq', '0', '-1') === [$odd]);
ok('named notify', $r->key('LRANGE', 'queues:rawq:notify', '0', '-1') === ['1']);
$qw->pushRaw('via-null', null);
ok('null queue is the default', $r->key('LINDEX', 'queues:default', '-1') === 'via-null');

echo "-- laterRaw\n";
$before = time();
var_dump($qw->laterRaw(10, $odd));
$qw->laterRaw(20, $binary, 'rawq');
$after = time();
[$m, $s] = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
ok('delayed member exact', $m === $odd, $m);
ok('delayed score now+10', $s >= $before + 10 && $s <= $after + 10, $s);
[$m, $s] = $r->key('ZRANGE', 'queues:rawq:delayed', '0', '-1', 'WITHSCORES');
ok('named delayed member exact (binary)', $m === $binary, bin2hex($m));
ok('named delayed score now+20', $s >= $before + 20 && $s <= $after + 20, $s);
var_dump(qw_test_keys());

echo "-- pop returns the bytes\n";
$job = $qw->pop();
ok('odd JSON raw body unchanged', $job->getRawBody() === $odd, $job->getRawBody());
var_dump($job->getJobId(), $job->attempts(), $job->payload()['x']);
$reserved = json_decode($job->getReservedJob(), true);
ok('reserved copy: same fields, attempts 1', $reserved == ['job' => 'Raw@handle', 'data' => ['a' => []], 'attempts' => 1, 'id' => 'abc', 'x' => 'é/'], $reserved);
$job->delete();
$job = $qw->pop();
ok('binary raw body unchanged', $job->getRawBody() === $binary, bin2hex($job->getRawBody()));
ok('binary reserved as is', $job->getReservedJob() === $binary);
ok('binary in :reserved', $r->key('ZSCORE', 'queues:default:reserved', $binary) !== null);
$job->delete();
$job = $qw->pop();
ok('empty payload popped as an empty string', $job !== null && $job->getRawBody() === '' && $job->getReservedJob() === '');
ok('empty string in :reserved', $r->key('ZSCORE', 'queues:default:reserved', '') !== null);
$job->delete();
ok('via-null last', $qw->pop()->getRawBody() === 'via-null');

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- pushRaw
NULL
array(2) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
}
ok - list holds the three strings exactly, in order
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "1"
  [2]=>
  string(1) "1"
}
-- pushRaw to a named queue
ok - named list
ok - named notify
ok - null queue is the default
-- laterRaw
NULL
ok - delayed member exact
ok - delayed score now+10
ok - named delayed member exact (binary)
ok - named delayed score now+20
array(6) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(22) "queues:default:delayed"
  [2]=>
  string(21) "queues:default:notify"
  [3]=>
  string(11) "queues:rawq"
  [4]=>
  string(19) "queues:rawq:delayed"
  [5]=>
  string(18) "queues:rawq:notify"
}
-- pop returns the bytes
ok - odd JSON raw body unchanged
string(3) "abc"
int(1)
string(3) "é/"
ok - reserved copy: same fields, attempts 1
ok - binary raw body unchanged
ok - binary reserved as is
ok - binary in :reserved
ok - empty payload popped as an empty string
ok - empty string in :reserved
ok - via-null last
