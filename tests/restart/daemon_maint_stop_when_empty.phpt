--TEST--
While down for maintenance, stop_when_empty still stops daemon() (0, "queue_empty") after the first skipped pass, as Laravel's queue:work --stop-when-empty does; the job stays queued
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$down = tempnam(sys_get_temp_dir(), 'qwt-down-');
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['looping', 'popping', 'idle', 'stopping']);
$w->push('OkJob');
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.3, 'maintenance' => $down, 'stop_when_empty' => true]));
$elapsed = microtime(true) - $t;
ok('after one sleep', $elapsed >= 0.28 && $elapsed < 0.3 + 1.5 * qwa_slow(), $elapsed);
echo $w->size(), " job queued\n";
unlink($down);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
stopping 0, 'queue_empty'
int(0)
ok - after one sleep
1 job queued
