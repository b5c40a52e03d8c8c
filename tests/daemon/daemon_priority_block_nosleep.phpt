--TEST--
daemon() with block_for does not sleep 'sleep' after a pass that found no job (the blocking pop was the wait): a job pushed after the first blocking pop timed out is taken at once
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$slow = qwa_slow() > 1;
$w = qw_test_worker(['block_for' => 1]);
qw_observe($w);
qwa_hooks($w, ['popping', 'popped', 'idle', 'stopping'], [], false);
$helper = qwa_helper(1.6, qwa_push_code('low', 'OkJob', 'late'));
$t = microtime(true);
var_dump($w->daemon('redis', 'high,low', ['sleep' => 5, 'max_jobs' => 1, 'max_time' => 12]));
$pushed = qwa_helper_wait($helper);
$ht = $GLOBALS['hook_times'];
ok('an empty pass came first, after blocking about 1 s', isset($ht['idle'][0]) && $ht['idle'][0] - $t >= 0.9 && $ht['idle'][0] < $pushed, [$ht['idle'][0] ?? null, $t, $pushed]);
ok('the job was taken at once, not after sleep 5', ($ht['popped'][0] ?? INF) - $pushed < ($slow ? 3 : 1.0), ($ht['popped'][0] ?? INF) - $pushed);
echo end($GLOBALS['hlog']), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire "late" attempt 1
int(0)
ok - an empty pass came first, after blocking about 1 s
ok - the job was taken at once, not after sleep 5
stopping 0, 'max_jobs_exceeded'
