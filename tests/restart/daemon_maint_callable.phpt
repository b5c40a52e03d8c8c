--TEST--
Maintenance mode by callable: daemon() asks it at every pass; while it returns true no job is taken and the pass sleeps 'sleep' (1 s when sleep is 0); once it returns false the job runs
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['looping', 'popping', 'before', 'stopping'], [], false);
$w->push('OkJob', 1);
$asked = [];
$down = function (...$args) use (&$asked) {
    $asked[] = microtime(true);
    if ($args) {
        echo "maintenance callable got arguments\n";
    }
    return count($asked) <= 3;
};
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.2, 'maintenance' => $down, 'max_jobs' => 1, 'max_time' => 8]));
echo count($asked), " times asked\n";
ok('0.2 s between the passes while down', $asked[3] - $asked[0] >= 0.58, $asked[3] - $asked[0]);
echo implode("\n", $GLOBALS['hlog']), "\n";

echo "-- sleep 0: 1 s between the passes while down\n";
qwa_reset();
$asked = [];
$w->push('OkJob', 2);
$down = function () use (&$asked) {
    $asked[] = microtime(true);
    return count($asked) <= 1;
};
var_dump($w->daemon('redis', null, ['sleep' => 0, 'maintenance' => $down, 'max_jobs' => 1, 'max_time' => 8]));
ok('1 s', $asked[1] - $asked[0] >= 0.98 && $asked[1] - $asked[0] < 1 + 1.5 * qwa_slow(), $asked[1] - $asked[0]);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
int(0)
4 times asked
ok - 0.2 s between the passes while down
looping 'redis', 'default'
popping 'redis', 'default'
before 'redis', Job(OkJob@default#1)
stopping 0, 'max_jobs_exceeded'
-- sleep 0: 1 s between the passes while down
OkJob::fire 2 attempt 1
int(0)
ok - 1 s
