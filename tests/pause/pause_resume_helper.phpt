--TEST--
Resume: a queue paused when the daemon starts runs within about a second of another process deleting its pause key (queue:resume), the daemon idling meanwhile
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();

$w = qw_test_worker();
$w->setCache(qwp_redis_store());
qwp_push($w, ['default'], 1);
$db1->cmd('SET', qwp_redis_key(qwp_key('default')), 'b:1;');
$helper = qwa_helper(1.5, sprintf('$r->cmd("SELECT", "1"); $r->cmd("DEL", %s)', var_export(qwp_redis_key(qwp_key('default')), true)));
$ranAt = null;
$w->on('after', function () use (&$ranAt) { $ranAt = microtime(true); });
$status = $w->daemon('redis', null, ['max_jobs' => 1, 'max_time' => 6, 'sleep' => 0.1, 'pausable' => true]);
$resumedAt = qwa_helper_wait($helper);
echo "daemon: $status ", qwp_ran(), "\n";
ok('not run while paused', $ranAt !== null && $ranAt > $resumedAt, [$ranAt, $resumedAt]);
ok('run within about a second of the resume', $ranAt !== null && $ranAt - $resumedAt < 1.5, $ranAt - $resumedAt);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
daemon: 0 [default 1]
ok - not run while paused
ok - run within about a second of the resume
