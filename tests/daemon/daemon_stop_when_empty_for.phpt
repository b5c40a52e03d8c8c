--TEST--
daemon() with stop_when_empty_for N stops (0, "queue_empty_for") once no job came for N seconds, not before; a job that comes resets the idle time
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['after', 'stopping']);

echo "-- nothing comes\n";
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.1, 'stop_when_empty_for' => 1]));
$elapsed = microtime(true) - $t;
ok('stopped after 1 s idle, not before', $elapsed >= 1.0 && $elapsed < 1.0 + 1.5 * qwa_slow(), $elapsed);

echo "-- a job comes after 0.3 s\n";
/* pushed through another connection by the idle hook of the first pass 0.3 s after the start */
$pusher = qw_test_worker();
$pushed = null;
$w->on('idle', function () use ($pusher, &$pushed, &$t) {
    if ($pushed === null && microtime(true) - $t >= 0.3) {
        $pusher->push('OkJob', 7);
        $pushed = microtime(true);
    }
});
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.1, 'stop_when_empty_for' => 1]));
$end = microtime(true);
$after = $GLOBALS['hook_times']['after'][0] ?? NAN;
ok('the job came before the 1 s was up', $pushed !== null && $pushed - $t < 1.0, [$pushed, $t]);
ok('stopped 1 s after the job ended, not before', $end - $after >= 1.0 && $end - $after < 1.0 + 1.5 * qwa_slow(), $end - $after);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- nothing comes
stopping 0, 'queue_empty_for'
int(0)
ok - stopped after 1 s idle, not before
-- a job comes after 0.3 s
OkJob::fire 7 attempt 1
after 'redis', Job(OkJob@default#1)
stopping 0, 'queue_empty_for'
int(0)
ok - the job came before the 1 s was up
ok - stopped 1 s after the job ended, not before
