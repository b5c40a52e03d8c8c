--TEST--
Queue protocol: pop('high,low') drains high before low, each job reserved on its own queue; empty names ('', ',' or 'x,') stand for the default queue (the 'queue' setting)
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

function pops(QWorker $qw, ?string $queues, int $n): void
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $job = $qw->pop($queues);
        $out[] = $job ? $job->getName() . '@' . $job->getQueue() : 'null';
    }
    echo var_export($queues, true), ': ', implode(' ', $out), "\n";
}

echo "-- high before low\n";
$qw->push('L1', null, 'low');
$qw->push('H1', null, 'high');
$qw->push('L2', null, 'low');
$qw->push('H2', null, 'high');
pops($qw, 'high,low', 2);
ok('low untouched while high had jobs', $r->key('LLEN', 'queues:low') === 2 && $r->key('LLEN', 'queues:low:notify') === 2);
$qw->push('H3', null, 'high');
pops($qw, 'high,low', 4);
var_dump(qw_test_keys());
ok('high reservations', count($r->key('ZRANGE', 'queues:high:reserved', '0', '-1')) === 3);
ok('low reservations', count($r->key('ZRANGE', 'queues:low:reserved', '0', '-1')) === 2);
qw_test_cleanup();

echo "-- the order of the list, not of the names, decides\n";
$qw->push('H', null, 'high');
$qw->push('L', null, 'low');
pops($qw, 'low,high', 3);
qw_test_cleanup();

echo "-- a due delayed job on high beats a ready job on low\n";
$qw->push('Lready', null, 'low');
$qw->later(0, 'Hdelayed', null, 'high');
pops($qw, 'high,low', 2);
qw_test_cleanup();

echo "-- empty names are the default queue\n";
$qw->push('D1');
$qw->push('D2');
$qw->push('D3');
$qw->push('D4');
$qw->push('O1', null, 'other');
pops($qw, '', 1);
pops($qw, ',', 1);
pops($qw, 'other,', 2);
pops($qw, 'nothing,', 1);
pops($qw, null, 1);
var_dump(qw_test_keys());
qw_test_cleanup();

echo "-- with a 'queue' setting\n";
$qc = qw_test_worker(['queue' => 'custom']);
$qc->push('C1');
$qc->push('C2');
$qc->push('D', null, 'default');
pops($qc, '', 1);
pops($qc, 'default,', 2);
var_dump(qw_test_keys());
qw_test_cleanup();

echo "-- a name repeated\n";
$qw->push('R', null, 'rep');
pops($qw, 'rep,rep', 2);
var_dump(qw_test_keys());

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- high before low
'high,low': H1@high H2@high
ok - low untouched while high had jobs
'high,low': H3@high L1@low L2@low null
array(2) {
  [0]=>
  string(20) "queues:high:reserved"
  [1]=>
  string(19) "queues:low:reserved"
}
ok - high reservations
ok - low reservations
-- the order of the list, not of the names, decides
'low,high': L@low H@high null
-- a due delayed job on high beats a ready job on low
'high,low': Hdelayed@high Lready@low
-- empty names are the default queue
'': D1@default
',': D2@default
'other,': O1@other D3@default
'nothing,': D4@default
NULL: null
array(2) {
  [0]=>
  string(23) "queues:default:reserved"
  [1]=>
  string(21) "queues:other:reserved"
}
-- with a 'queue' setting
'': C1@custom
'default,': D@default C2@custom
array(2) {
  [0]=>
  string(22) "queues:custom:reserved"
  [1]=>
  string(23) "queues:default:reserved"
}
-- a name repeated
'rep,rep': R@rep null
array(1) {
  [0]=>
  string(19) "queues:rep:reserved"
}
