--TEST--
Pause, file store: Laravel's FileStore file of illuminate:queue:paused:redis:QUEUE (sha1 path, 10-digit expiry, serialized true) pauses that queue only; an expired one pauses nothing; one that expires while the daemon runs lets the queue run within about a second of its expiry
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
$dir = qw_restart_dir('pause');
qw_restart_rmdir($dir);

$w = qw_test_worker();
$w->setCache(['driver' => 'file', 'path' => $dir]);
qwp_push($w, ['a', 'b', 'c']);
qwp_file_put($dir, qwp_key('a'), 'b:1;');
qwp_file_put($dir, qwp_key('b'), 'b:1;', time() - 1);

$options = ['stop_when_empty' => true, 'sleep' => 0, 'pausable' => true];
echo 'daemon: ', $w->daemon('redis', 'a,b,c', $options), ' ', qwp_ran(), "\n";
echo 'left on a: ', $w->size('a'), "\n";

/* Paused for two more seconds: the daemon idles, then runs the queue's jobs. */
$until = time() + 2;
qwp_file_put($dir, qwp_key('a'), 'b:1;', $until);
$ranAt = null;
$w->on('after', function () use (&$ranAt) { $ranAt ??= microtime(true); });
$w->daemon('redis', 'a', ['max_time' => 5, 'sleep' => 0.1, 'max_jobs' => 2, 'pausable' => true]);
echo 'after expiry: ', qwp_ran(), "\n";
ok('none ran before the expiry', $ranAt !== null && $ranAt >= $until, [$ranAt, $until]);
ok('ran within about a second of it', $ranAt !== null && $ranAt - $until < 1.6, $ranAt - $until);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_rmdir(qw_restart_dir('pause')); ?>
--EXPECT--
daemon: 0 [b 1, b 2, c 1, c 2]
left on a: 2
after expiry: [a 1, a 2]
ok - none ran before the expiry
ok - ran within about a second of it
