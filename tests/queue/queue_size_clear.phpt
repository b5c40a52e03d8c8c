--TEST--
Queue protocol: size() is LLEN list + ZCARD :delayed + ZCARD :reserved (not :notify); clear() DELs the four keys and returns that count; both per queue name, null/'' meaning the default queue
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup(); /* leftovers of an interrupted run */

$qw = qw_test_worker();
$r = new QwTestRedis();

function state(QwTestRedis $r, string $q): string
{
    return sprintf('list=%d notify=%d delayed=%d reserved=%d', $r->key('LLEN', "queues:$q"), $r->key('LLEN', "queues:$q:notify"),
        $r->key('ZCARD', "queues:$q:delayed"), $r->key('ZCARD', "queues:$q:reserved"));
}

echo "-- empty\n";
var_dump($qw->size(), $qw->size('nothing'), $qw->clear(), qw_test_keys());

echo "-- ready, delayed, reserved\n";
$qw->push('A');
var_dump($qw->size());
$qw->push('B');
$qw->push('C');
$qw->later(60, 'D');
$qw->laterRaw(60, 'E');
var_dump($qw->size());
$qw->pop();
echo state($r, 'default'), "\n";
var_dump($qw->size(), $qw->size(null), $qw->size(''), $qw->size('default'));

echo "-- notify entries are not counted\n";
$r->key('RPUSH', 'queues:default:notify', '1', '1', '1');
echo state($r, 'default'), "\n";
var_dump($qw->size());

echo "-- another queue\n";
$qw->push('X', null, 'other');
$qw->later(5, 'Y', null, 'other');
var_dump($qw->size('other'), $qw->size());

echo "-- clear\n";
var_dump($qw->clear());
var_dump(qw_test_keys());
var_dump($qw->size(), $qw->clear());
var_dump($qw->clear('other'));
var_dump(qw_test_keys());

echo "-- clear with '' and only some keys present\n";
$qw->later(100, 'Only delayed');
$r->key('RPUSH', 'queues:default:notify', '1');
var_dump($qw->clear(''));
var_dump(qw_test_keys());

echo "-- clear of a queue with only notify entries returns 0 but still drops :notify\n";
$r->key('RPUSH', 'queues:default:notify', '1', '1');
var_dump($qw->clear());
var_dump(qw_test_keys());

echo "-- clear leaves other prefixes and queues alone\n";
$qw->push('Keep', null, 'keep');
$r->cmd('RPUSH', 'qwt_other_prefix_' . getmypid() . ':queues:default', 'x');
var_dump($qw->clear('default'), $qw->size('keep'));
var_dump($r->cmd('LLEN', 'qwt_other_prefix_' . getmypid() . ':queues:default'));
$r->cmd('DEL', 'qwt_other_prefix_' . getmypid() . ':queues:default');
var_dump($qw->clear('keep'), qw_test_keys());

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- empty
int(0)
int(0)
int(0)
array(0) {
}
-- ready, delayed, reserved
int(1)
int(5)
list=2 notify=2 delayed=2 reserved=1
int(5)
int(5)
int(5)
int(5)
-- notify entries are not counted
list=2 notify=5 delayed=2 reserved=1
int(5)
-- another queue
int(2)
int(5)
-- clear
int(5)
array(3) {
  [0]=>
  string(12) "queues:other"
  [1]=>
  string(20) "queues:other:delayed"
  [2]=>
  string(19) "queues:other:notify"
}
int(0)
int(0)
int(2)
array(0) {
}
-- clear with '' and only some keys present
int(1)
array(0) {
}
-- clear of a queue with only notify entries returns 0 but still drops :notify
int(0)
array(0) {
}
-- clear leaves other prefixes and queues alone
int(0)
int(1)
int(1)
int(1)
array(0) {
}
