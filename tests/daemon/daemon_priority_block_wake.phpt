--TEST--
daemon() on 'high,low' with block_for: a job another process pushes to 'low' while the worker blocks is taken at once (well before block_for ends), from 'low'
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$slow = qwa_slow() > 1;
$blockFor = $slow ? 10 : 2; /* valgrind also runs the helper process, slowly */
$w = qw_test_worker(['block_for' => $blockFor]);
qw_observe($w);
qwa_hooks($w, ['popping', 'popped', 'idle', 'stopping'], [], false);
$helper = qwa_helper(0.5, qwa_push_code('low', 'OkJob', 'pushed to low'));
$t = microtime(true);
var_dump($w->daemon('redis', 'high,low', ['sleep' => 3, 'max_jobs' => 1, 'max_time' => 10]));
$pushed = qwa_helper_wait($helper);
$popped = $GLOBALS['hook_times']['popped'][0] ?? INF;
ok('it was blocked when the job came', $pushed > $t);
ok('taken well before block_for', $popped - $pushed < ($slow ? 3 : 1.0), $popped - $pushed);
ok('in the first blocking pop', qwa_count('popping') === 1 && qwa_count('idle') === 0, $GLOBALS['hlog']);
echo implode("\n", array_filter($GLOBALS['hlog'], fn ($l) => !str_starts_with($l, 'popping') && !str_starts_with($l, 'idle'))), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire "pushed to low" attempt 1
int(0)
ok - it was blocked when the job came
ok - taken well before block_for
ok - in the first blocking pop
popped 'redis', Job(OkJob@low#1)
stopping 0, 'max_jobs_exceeded'
array(0) {
}
