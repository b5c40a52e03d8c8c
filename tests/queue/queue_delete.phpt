--TEST--
Queue protocol: Job::delete() ZREMs exactly its reserved string from :reserved and leaves no key behind; other reservations and ready jobs are untouched
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

echo "-- push, pop, delete\n";
$qw->push('DeleteMe@handle', ['a' => 1]);
$job = $qw->pop();
var_dump(qw_test_keys());
var_dump($job->delete());
var_dump($job->isDeleted(), $job->isReleased(), $job->isDeletedOrReleased());
var_dump($r->key('ZCARD', 'queues:default:reserved'));
var_dump(qw_test_keys());

echo "-- delete leaves the other jobs alone\n";
$qw->push('One');
$qw->push('Two');
$qw->push('Three', null, 'other');
$one = $qw->pop();
$two = $qw->pop();
$qw->push('Four');
$three = $qw->pop('other');
$two->delete();
$z = $r->key('ZRANGE', 'queues:default:reserved', '0', '-1');
ok('only One is still reserved on default', $z === [$one->getReservedJob()], $z);
ok('Three still reserved on other', $r->key('ZRANGE', 'queues:other:reserved', '0', '-1') === [$three->getReservedJob()]);
ok('Four still ready', $r->key('LLEN', 'queues:default') === 1 && $r->key('LLEN', 'queues:default:notify') === 1);
$three->delete();
$one->delete();
$qw->pop()->delete();
var_dump(qw_test_keys());

echo "-- delete of a non-JSON payload\n";
$qw->pushRaw('not json');
$job = $qw->pop();
ok('reserved as is', $r->key('ZRANGE', 'queues:default:reserved', '0', '-1') === ['not json']);
$job->delete();
var_dump(qw_test_keys());

echo "-- deleting twice is harmless\n";
$qw->push('Twice');
$job = $qw->pop();
$job->delete();
$job->delete();
var_dump($job->isDeleted(), qw_test_keys());

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- push, pop, delete
array(1) {
  [0]=>
  string(23) "queues:default:reserved"
}
NULL
bool(true)
bool(false)
bool(true)
int(0)
array(0) {
}
-- delete leaves the other jobs alone
ok - only One is still reserved on default
ok - Three still reserved on other
ok - Four still ready
array(0) {
}
-- delete of a non-JSON payload
ok - reserved as is
array(0) {
}
-- deleting twice is harmless
bool(true)
array(0) {
}
