--TEST--
Maintenance mode by file (Laravel's storage/framework/down): while the file exists daemon() takes no job and calls no looping/popping hook; once it is deleted the job is taken at the next pass
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$dir = sys_get_temp_dir() . '/qwt-maint-' . getmypid();
@mkdir($dir);
$down = "$dir/down";
file_put_contents($down, json_encode(['except' => [], 'redirect' => null, 'retry' => null, 'refresh' => null, 'secret' => null, 'status' => 503, 'template' => null]));

$w = qw_test_worker();
qw_observe($w);
$seen = [];
qwa_hooks($w, ['looping', 'popping', 'popped', 'before', 'idle', 'stopping'], [
    'looping' => function () use ($down, &$seen) { $seen[] = file_exists($down); },
    'popping' => function () use ($down, &$seen) { $seen[] = file_exists($down); },
], false);
$w->push('OkJob', 1);
$helper = qwa_helper(0.5, 'unlink(' . var_export($down, true) . ')');
var_dump($w->daemon('redis', null, ['sleep' => 0.1, 'maintenance' => $down, 'max_jobs' => 1, 'max_time' => 8]));
$unlinked = qwa_helper_wait($helper);
$ht = $GLOBALS['hook_times'];
ok('no hook while the file existed', !in_array(true, $seen, true), $seen);
ok('the worker waited for the file to go', ($ht['looping'][0] ?? 0) - $helper[2] >= 0.45, ($ht['looping'][0] ?? 0) - $helper[2]);
ok('and took the job soon after', ($ht['before'][0] ?? INF) - $unlinked < 1.0 * qwa_slow(), ($ht['before'][0] ?? INF) - $unlinked);
echo implode("\n", $GLOBALS['hlog']), "\n";
@rmdir($dir);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
int(0)
ok - no hook while the file existed
ok - the worker waited for the file to go
ok - and took the job soon after
looping 'redis', 'default'
popping 'redis', 'default'
popped 'redis', Job(OkJob@default#1)
before 'redis', Job(OkJob@default#1)
stopping 0, 'max_jobs_exceeded'
