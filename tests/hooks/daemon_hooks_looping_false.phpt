--TEST--
A looping hook returning false skips the pass: nothing is popped (the job stays queued), the worker sleeps 'sleep' and the stop checks still run; any other return value lets the pass run
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['looping', 'popping', 'popped', 'idle', 'before', 'stopping'], ['looping' => fn () => false], false);
$w->push('OkJob');
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.2, 'max_time' => 1]));
$elapsed = microtime(true) - $t;
echo $w->size(), " job still queued\n";
ok('3 to 6 skipped passes, 0.2 s each', qwa_count('looping') >= (qwa_slow() > 1 ? 2 : 3) && qwa_count('looping') <= 6, qwa_count('looping'));
ok('stopped after max_time', $elapsed >= 1.0 && $elapsed < 1.0 + 1.5 * qwa_slow(), $elapsed);
echo implode("\n", array_unique($GLOBALS['hlog'])), "\n";

echo "-- null, 0, '' and true do not skip\n";
$w->clear();
foreach ([null, 0, '', true] as $ret) {
    $w = qw_test_worker();
    qwa_hooks($w, ['looping'], ['looping' => fn () => $ret], false);
    $w->push('OkJob', $ret);
    $w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1, 'max_time' => 3]);
}
echo $w->size(), " jobs queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
int(0)
1 job still queued
ok - 3 to 6 skipped passes, 0.2 s each
ok - stopped after max_time
looping 'redis', 'default'
stopping 0, 'max_time_exceeded'
-- null, 0, '' and true do not skip
OkJob::fire null attempt 1
OkJob::fire 0 attempt 1
OkJob::fire "" attempt 1
OkJob::fire true attempt 1
0 jobs queued
