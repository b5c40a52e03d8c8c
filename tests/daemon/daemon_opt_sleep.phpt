--TEST--
daemon() sleeps the 'sleep' option (fractions of a second too) after each pass that found no job: about 5 empty passes in 1 s with sleep 0.2
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qwa_hooks($w, ['idle', 'stopping'], [], false);
$t = microtime(true);
$status = $w->daemon('redis', null, ['sleep' => 0.2, 'max_time' => 1]);
$elapsed = microtime(true) - $t;
var_dump($status);
$idle = qwa_count('idle');
/* 1 s / 0.2 s = 5 passes; a slow machine makes fewer, never more. Sleeping 0 s or 1 s instead would give hundreds or 1. */
ok('3 to 6 empty passes in 1 s', $idle >= (qwa_slow() > 1 ? 2 : 3) && $idle <= 6, $idle);
ok('idle passes 0.2 s apart', min(array_map(fn ($a, $b) => $b - $a, array_slice($GLOBALS['hook_times']['idle'], 0, -1), array_slice($GLOBALS['hook_times']['idle'], 1)) ?: [0]) >= 0.18, $GLOBALS['hook_times']['idle']);
ok('stopped after max_time', $elapsed >= 1.0 && $elapsed < 1.0 + 1.5 * qwa_slow(), $elapsed);
echo end($GLOBALS['hlog']), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
int(0)
ok - 3 to 6 empty passes in 1 s
ok - idle passes 0.2 s apart
ok - stopped after max_time
stopping 0, 'max_time_exceeded'
