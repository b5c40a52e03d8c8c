--TEST--
Queue protocol: push() RPUSHes exactly one Laravel payload (field order, uuid v4, 32-char id, attempts 0) on PREFIX.queues:NAME and one '1' on :notify, and returns the id
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

/* The raw payload with its random uuid and id blanked out. */
function blank(string $raw): string
{
    $p = json_decode($raw, true);
    return str_replace(['"' . $p['uuid'] . '"', '"' . $p['id'] . '"'], ['"UUID"', '"ID"'], $raw);
}

const FIELDS = ['uuid', 'displayName', 'job', 'maxTries', 'maxExceptions', 'failOnTimeout', 'backoff', 'timeout', 'data', 'id', 'attempts'];
const UUID_V4 = '/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/';

$qw = qw_test_worker();
$r = new QwTestRedis();

echo "-- push with data\n";
$id = $qw->push('App\Jobs\SendMail@handle', ['to' => 'a@b.c', 'n' => [1, 2, 3], 'u' => 'Grüße/€']);
ok('id is 32 letters and digits', is_string($id) && preg_match('/^[A-Za-z0-9]{32}$/', $id) === 1, $id);
var_dump(qw_test_keys());
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
ok('list holds one entry', count($list) === 1, $list);
var_dump($r->key('LRANGE', 'queues:default:notify', '0', '-1'));
$raw = $list[0];
$p = json_decode($raw, true);
ok('payload is a JSON object', is_array($p), $raw);
ok('field order', array_keys($p) === FIELDS, array_keys($p));
ok('uuid is a v4 uuid', preg_match(UUID_V4, $p['uuid']) === 1, $p['uuid']);
ok('payload id is the returned id', $p['id'] === $id, $p['id']);
ok('attempts is int 0', $p['attempts'] === 0, $p['attempts']);
ok('data round-trips', $p['data'] === ['to' => 'a@b.c', 'n' => [1, 2, 3], 'u' => 'Grüße/€'], $p['data']);
/* Laravel: json_encode($payload, JSON_UNESCAPED_UNICODE) */
ok('bytes are json_encode(..., JSON_UNESCAPED_UNICODE) of the fields', $raw === json_encode($p, JSON_UNESCAPED_UNICODE), $raw);
echo blank($raw), "\n";

echo "-- push without data, job without @\n";
$id2 = $qw->push('PlainJob');
ok('second id differs', $id2 !== $id);
$list = $r->key('LRANGE', 'queues:default', '0', '-1');
ok('list holds two entries, in push order', count($list) === 2 && $list[0] === $raw, $list);
echo blank($list[1]), "\n";
var_dump($r->key('LRANGE', 'queues:default:notify', '0', '-1'));
$p2 = json_decode($list[1], true);
ok('uuids differ', $p2['uuid'] !== $p['uuid'] && preg_match(UUID_V4, $p2['uuid']) === 1, $p2['uuid']);

echo "-- push to a named queue\n";
$id3 = $qw->push('NamedJob@run', 42, 'emails');
var_dump(qw_test_keys());
$named = $r->key('LRANGE', 'queues:emails', '0', '-1');
ok('named list holds one entry', count($named) === 1, $named);
echo blank($named[0]), "\n";
ok('named payload id', json_decode($named[0], true)['id'] === $id3);
var_dump($r->key('LRANGE', 'queues:emails:notify', '0', '-1'));
ok('default queue untouched', $r->key('LLEN', 'queues:default') === 2 && $r->key('LLEN', 'queues:default:notify') === 2);

echo "-- null queue and '' mean the default queue\n";
$qw->push('NullQueue', null, null);
$qw->push('EmptyQueue', null, '');
ok('both on queues:default', $r->key('LLEN', 'queues:default') === 4 && $r->key('LLEN', 'queues:default:notify') === 4);
var_dump(qw_test_keys());

qw_test_cleanup();
var_dump(qw_test_keys());
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- push with data
ok - id is 32 letters and digits
array(2) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
}
ok - list holds one entry
array(1) {
  [0]=>
  string(1) "1"
}
ok - payload is a JSON object
ok - field order
ok - uuid is a v4 uuid
ok - payload id is the returned id
ok - attempts is int 0
ok - data round-trips
ok - bytes are json_encode(..., JSON_UNESCAPED_UNICODE) of the fields
{"uuid":"UUID","displayName":"App\\Jobs\\SendMail","job":"App\\Jobs\\SendMail@handle","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"to":"a@b.c","n":[1,2,3],"u":"Grüße\/€"},"id":"ID","attempts":0}
-- push without data, job without @
ok - second id differs
ok - list holds two entries, in push order
{"uuid":"UUID","displayName":"PlainJob","job":"PlainJob","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":"","id":"ID","attempts":0}
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "1"
}
ok - uuids differ
-- push to a named queue
array(4) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
  [2]=>
  string(13) "queues:emails"
  [3]=>
  string(20) "queues:emails:notify"
}
ok - named list holds one entry
{"uuid":"UUID","displayName":"NamedJob","job":"NamedJob@run","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":42,"id":"ID","attempts":0}
ok - named payload id
array(1) {
  [0]=>
  string(1) "1"
}
ok - default queue untouched
-- null queue and '' mean the default queue
ok - both on queues:default
array(4) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
  [2]=>
  string(13) "queues:emails"
  [3]=>
  string(20) "queues:emails:notify"
}
array(0) {
}
