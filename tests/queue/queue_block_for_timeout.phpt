--TEST--
Queue protocol: with 'block_for' => 1 and nothing queued, pop() waits ~1 s on BLPOP of every queue's :notify and returns null (0.5 also works), creating no key; a ready job or a stale :notify entry returns at once
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

echo "-- block_for 1, empty queue\n";
$qw = qw_test_worker(['block_for' => 1]);
var_dump($qw->getSettings()['block_for']);
$t = microtime(true);
$job = $qw->pop();
$elapsed = microtime(true) - $t;
var_dump($job);
ok('waited about 1 s', $elapsed > 0.8 && $elapsed < 2.5, $elapsed);
var_dump(qw_test_keys());

echo "-- block_for 0.5, two empty queues\n";
$qh = qw_test_worker(['block_for' => 0.5]);
$t = microtime(true);
$job = $qh->pop('a,b');
$elapsed = microtime(true) - $t;
var_dump($job);
ok('waited about 0.5 s', $elapsed > 0.35 && $elapsed < 1.5, $elapsed);
var_dump(qw_test_keys());

echo "-- a read_timeout shorter than block_for does not cut the BLPOP short\n";
$qt = qw_test_worker(['block_for' => 0.5, 'read_timeout' => 0.2]);
$t = microtime(true);
$job = $qt->pop();
$elapsed = microtime(true) - $t;
var_dump($job);
ok('waited about 0.5 s', $elapsed > 0.35 && $elapsed < 1.5, $elapsed);
$qt->push('Short');
var_dump($qt->pop()->getName());
qw_test_cleanup();

echo "-- a ready job does not wait\n";
$q5 = qw_test_worker(['block_for' => 5]);
$q5->push('Ready', null, 'b');
$t = microtime(true);
$job = $q5->pop('a,b');
$elapsed = microtime(true) - $t;
var_dump($job->getName(), $job->getQueue());
ok('no wait', $elapsed < 1.5, $elapsed);
$job->delete();
var_dump(qw_test_keys());

echo "-- a stale :notify entry wakes BLPOP once, then one more pass finds nothing\n";
$r->key('RPUSH', 'queues:b:notify', '1');
$t = microtime(true);
$job = $q5->pop('a,b');
$elapsed = microtime(true) - $t;
var_dump($job);
ok('no wait', $elapsed < 1.5, $elapsed);
var_dump(qw_test_keys());

echo "-- the connection is still usable after a timed-out BLPOP\n";
$qw->push('After');
$job = $qw->pop();
var_dump($job->getName(), $qw->size());
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
-- block_for 1, empty queue
float(1)
NULL
ok - waited about 1 s
array(0) {
}
-- block_for 0.5, two empty queues
NULL
ok - waited about 0.5 s
array(0) {
}
-- a read_timeout shorter than block_for does not cut the BLPOP short
NULL
ok - waited about 0.5 s
string(5) "Short"
-- a ready job does not wait
string(5) "Ready"
string(1) "b"
ok - no wait
array(0) {
}
-- a stale :notify entry wakes BLPOP once, then one more pass finds nothing
NULL
ok - no wait
array(0) {
}
-- the connection is still usable after a timed-out BLPOP
string(5) "After"
int(1)
array(0) {
}
