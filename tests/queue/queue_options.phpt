--TEST--
Queue protocol: push()/later() options (maxTries, maxExceptions, failOnTimeout, backoff int/list/array/string as a comma string, timeout, retryUntil only when given and between timeout and data, displayName) land in the stored payload and are read back by the popped Job
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

/* Pushes, returns the one stored payload and empties the queue again. */
function pushed(QWorker $qw, QwTestRedis $r, array $options, string $job = 'OptJob@handle'): string
{
    $id = $qw->push($job, ['k' => 'v'], null, $options);
    $list = $r->key('LRANGE', 'queues:default', '0', '-1');
    $notify = $r->key('LRANGE', 'queues:default:notify', '0', '-1');
    if (count($list) !== 1 || $notify !== ['1'] || json_decode($list[0], true)['id'] !== $id) {
        echo "FAIL - unexpected state: ", var_export([$list, $notify], true), "\n";
    }
    $r->key('DEL', 'queues:default');
    $r->key('DEL', 'queues:default:notify');
    return $list[0];
}

echo "-- every option\n";
$raw = pushed($qw, $r, [
    'maxTries' => 3, 'maxExceptions' => 2, 'failOnTimeout' => true, 'backoff' => [1, 5, 10],
    'timeout' => 90, 'retryUntil' => 1700000000, 'displayName' => 'Custom Name',
]);
echo blank($raw), "\n";
var_dump(array_keys(json_decode($raw, true)));

echo "-- backoff forms\n";
foreach ([5, 0, [7], [1, 5, 10], ['a' => 2, 'b' => 4], '10', '10,30,60', null] as $backoff) {
    $p = json_decode(pushed($qw, $r, ['backoff' => $backoff]), true);
    echo json_encode($backoff), ' => ', json_encode($p['backoff']), "\n";
}

echo "-- nulls are the defaults\n";
$raw = pushed($qw, $r, ['maxTries' => null, 'maxExceptions' => null, 'backoff' => null, 'timeout' => null, 'retryUntil' => null, 'displayName' => null]);
echo blank($raw), "\n";
$raw = pushed($qw, $r, ['failOnTimeout' => false]);
echo blank($raw), "\n";

echo "-- an empty options array\n";
echo blank(pushed($qw, $r, [])), "\n";

echo "-- later() takes the same options\n";
$id = $qw->later(100, 'LaterJob', null, 'delayed-q', ['maxTries' => 1, 'retryUntil' => 12345, 'backoff' => '3,4']);
var_dump(qw_test_keys());
[$member] = $r->key('ZRANGE', 'queues:delayed-q:delayed', '0', '-1');
echo blank($member), "\n";
ok('later returned the payload id', json_decode($member, true)['id'] === $id);
$r->key('DEL', 'queues:delayed-q:delayed');

echo "-- the popped Job reads them\n";
$qw->push('OptJob@handle', null, null, [
    'maxTries' => 4, 'maxExceptions' => 3, 'failOnTimeout' => true, 'backoff' => [2, 8],
    'timeout' => 30, 'retryUntil' => 1800000000, 'displayName' => 'Shown',
]);
$job = $qw->pop();
var_dump($job->maxTries(), $job->maxExceptions(), $job->shouldFailOnTimeout(), $job->backoff(), $job->timeout(), $job->retryUntil());
var_dump($job->getName(), $job->resolveName());
$job->delete();
$qw->push('Plain@handle');
$job = $qw->pop();
var_dump($job->maxTries(), $job->maxExceptions(), $job->shouldFailOnTimeout(), $job->backoff(), $job->timeout(), $job->retryUntil());
var_dump($job->getName(), $job->resolveName());
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
-- every option
{"uuid":"UUID","displayName":"Custom Name","job":"OptJob@handle","maxTries":3,"maxExceptions":2,"failOnTimeout":true,"backoff":"1,5,10","timeout":90,"retryUntil":1700000000,"data":{"k":"v"},"id":"ID","attempts":0}
array(12) {
  [0]=>
  string(4) "uuid"
  [1]=>
  string(11) "displayName"
  [2]=>
  string(3) "job"
  [3]=>
  string(8) "maxTries"
  [4]=>
  string(13) "maxExceptions"
  [5]=>
  string(13) "failOnTimeout"
  [6]=>
  string(7) "backoff"
  [7]=>
  string(7) "timeout"
  [8]=>
  string(10) "retryUntil"
  [9]=>
  string(4) "data"
  [10]=>
  string(2) "id"
  [11]=>
  string(8) "attempts"
}
-- backoff forms
5 => "5"
0 => "0"
[7] => "7"
[1,5,10] => "1,5,10"
{"a":2,"b":4} => "2,4"
"10" => "10"
"10,30,60" => "10,30,60"
null => null
-- nulls are the defaults
{"uuid":"UUID","displayName":"OptJob","job":"OptJob@handle","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"k":"v"},"id":"ID","attempts":0}
{"uuid":"UUID","displayName":"OptJob","job":"OptJob@handle","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"k":"v"},"id":"ID","attempts":0}
-- an empty options array
{"uuid":"UUID","displayName":"OptJob","job":"OptJob@handle","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"k":"v"},"id":"ID","attempts":0}
-- later() takes the same options
array(1) {
  [0]=>
  string(24) "queues:delayed-q:delayed"
}
{"uuid":"UUID","displayName":"LaterJob","job":"LaterJob","maxTries":1,"maxExceptions":null,"failOnTimeout":false,"backoff":"3,4","timeout":null,"retryUntil":12345,"data":null,"id":"ID","attempts":0}
ok - later returned the payload id
-- the popped Job reads them
int(4)
int(3)
bool(true)
string(3) "2,8"
int(30)
int(1800000000)
string(13) "OptJob@handle"
string(5) "Shown"
NULL
NULL
bool(false)
NULL
NULL
NULL
string(12) "Plain@handle"
string(5) "Plain"
array(0) {
}
