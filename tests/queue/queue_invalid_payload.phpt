--TEST--
Queue protocol: a payload that is not a JSON object (pushRaw) is still reserved as is by pop() (the raw string in :reserved, not lost), getRawBody() returns it and payload() is []; a payload without 'attempts' pops with attempts() 1 and a reserved copy with attempts 1
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

echo "-- not JSON, or JSON but not an object\n";
foreach (['this is {not json', '{"job":"Truncated"', '123', '"a string"', 'null', 'true', ''] as $raw) {
    $qw->pushRaw($raw);
    $before = time();
    $job = $qw->pop();
    $after = time();
    echo var_export($raw, true), ': ';
    if (!$job) {
        echo "FAIL - pop() returned null; keys: ", implode(', ', qw_test_keys()), "\n";
        qw_test_cleanup();
        continue;
    }
    $z = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1', 'WITHSCORES');
    $good = $job->getRawBody() === $raw && $job->getReservedJob() === $raw && $job->payload() === []
        && count($z) === 2 && $z[0] === $raw && $z[1] >= $before + 60 && $z[1] <= $after + 60
        && $r->key('LLEN', 'queues:default') === 0 && $r->key('LLEN', 'queues:default:notify') === 0;
    echo $good ? 'reserved as is' : 'FAIL ' . var_export([$job->getRawBody(), $job->getReservedJob(), $job->payload(), $z], true);
    echo '; attempts() ', $job->attempts(), '; id ', var_export($job->getJobId(), true), '; uuid ', var_export($job->uuid(), true);
    echo '; name ', var_export($job->getName(), true), ' / ', $job->resolveName(), "\n";
    $job->delete();
    if (($keys = qw_test_keys()) !== []) {
        echo "  FAIL - delete left: ", implode(', ', $keys), "\n";
        qw_test_cleanup();
    }
}

echo "-- released, it comes back as is with attempts() still 1\n";
$qw->pushRaw('garbage');
$job = $qw->pop();
$job->release(0);
var_dump($r->key('ZRANGE', 'queues:default:delayed', '0', '-1'));
$job = $qw->pop();
var_dump($job->getRawBody(), $job->getReservedJob(), $job->attempts());
$job->delete();

echo "-- an expired reservation of it comes back too\n";
$qw->pushRaw('garbage2');
$job = $qw->pop();
$r->key('ZADD', 'queues:default:reserved', '1', 'garbage2');
$job = $qw->pop();
var_dump($job->getRawBody(), $r->key('ZRANGE', 'queues:default:reserved', '0', '-1'));
$job->delete();
var_dump(qw_test_keys());

echo "-- no 'attempts' field\n";
$qw->pushRaw('{"job":"X","data":null}');
$job = $qw->pop();
var_dump($job->attempts(), $job->getRawBody(), $job->payload());
$reserved = json_decode($job->getReservedJob(), true);
ksort($reserved);
var_dump($reserved);
ok('reserved copy in :reserved', $r->key('ZRANGE', 'queues:default:reserved', '0', '-1') === [$job->getReservedJob()]);
echo "-- released and popped again: attempts 2\n";
$job->release();
$job = $qw->pop();
var_dump($job->attempts(), json_decode($job->getReservedJob(), true)['attempts']);
$job->delete();

echo "-- attempts null, numeric string, not numeric\n";
foreach (['{"job":"N","attempts":null}', '{"job":"S","attempts":"2"}', '{"job":"B","attempts":"x"}'] as $raw) {
    $qw->pushRaw($raw);
    $job = $qw->pop();
    echo $raw, ': attempts() ', $job->attempts(), ', reserved attempts ', var_export(json_decode($job->getReservedJob(), true)['attempts'], true), "\n";
    $job->delete();
}

echo "-- an empty JSON object\n";
$qw->pushRaw('{}');
$job = $qw->pop();
var_dump($job->payload(), $job->getReservedJob(), $job->attempts());
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
-- not JSON, or JSON but not an object
'this is {not json': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'{"job":"Truncated"': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'123': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'"a string"': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'null': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'true': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
'': reserved as is; attempts() 1; id NULL; uuid NULL; name '' / (invalid payload)
-- released, it comes back as is with attempts() still 1
array(1) {
  [0]=>
  string(7) "garbage"
}
string(7) "garbage"
string(7) "garbage"
int(1)
-- an expired reservation of it comes back too
string(8) "garbage2"
array(1) {
  [0]=>
  string(8) "garbage2"
}
array(0) {
}
-- no 'attempts' field
int(1)
string(23) "{"job":"X","data":null}"
array(2) {
  ["job"]=>
  string(1) "X"
  ["data"]=>
  NULL
}
array(3) {
  ["attempts"]=>
  int(1)
  ["data"]=>
  NULL
  ["job"]=>
  string(1) "X"
}
ok - reserved copy in :reserved
-- released and popped again: attempts 2
int(2)
int(2)
-- attempts null, numeric string, not numeric
{"job":"N","attempts":null}: attempts() 1, reserved attempts 1
{"job":"S","attempts":"2"}: attempts() 3, reserved attempts 3
{"job":"B","attempts":"x"}: attempts() 1, reserved attempts 1
-- an empty JSON object
array(0) {
}
string(14) "{"attempts":1}"
int(1)
array(0) {
}
