--TEST--
runNextJob() while the application is down for maintenance (file or callable) sleeps 'sleep' and returns null without popping (as queue:work --once); when it is up the job runs
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$down = tempnam(sys_get_temp_dir(), 'qwt-down-');
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['popping', 'popped', 'before']);
$w->push('OkJob', 1);

foreach (['file' => $down, 'callable' => fn () => true] as $what => $maintenance) {
    echo "-- down ($what)\n";
    $t = microtime(true);
    var_dump($w->runNextJob('redis', null, ['sleep' => 0.3, 'maintenance' => $maintenance]));
    $elapsed = microtime(true) - $t;
    ok('slept 0.3 s', $elapsed >= 0.28 && $elapsed < 0.3 + 1.5 * qwa_slow(), $elapsed);
    echo $w->size(), " job queued\n";
}

echo "-- up (callable)\n";
var_dump($w->runNextJob('redis', null, ['sleep' => 0, 'maintenance' => fn () => false]) instanceof QWorker\Job);
echo "-- up (file gone)\n";
unlink($down);
$w->push('OkJob', 2);
var_dump($w->runNextJob('redis', null, ['sleep' => 0, 'maintenance' => $down]) instanceof QWorker\Job);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- down (file)
NULL
ok - slept 0.3 s
1 job queued
-- down (callable)
NULL
ok - slept 0.3 s
1 job queued
-- up (callable)
popping 'redis', 'default'
popped 'redis', Job(OkJob@default#1)
before 'redis', Job(OkJob@default#1)
OkJob::fire 1 attempt 1
bool(true)
-- up (file gone)
popping 'redis', 'default'
popped 'redis', Job(OkJob@default#1)
before 'redis', Job(OkJob@default#1)
OkJob::fire 2 attempt 1
bool(true)
