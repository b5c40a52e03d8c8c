--TEST--
Pause, Laravel 13's global key: with pause_all, illuminate:queues:paused pauses every queue (the daemon pops nothing and sleeps, even with block_for) and a callable store is asked for the global key first and for no queue key while it is true; without pause_all (Laravel 12) it is never read and pauses nothing
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();

$w = qw_test_worker(['block_for' => 5]);
$w->setCache(qwp_redis_store());
qwp_push($w, ['a', 'b'], 1);
$db1->cmd('SET', qwp_redis_key(QWP_ALL), 'b:1;');
$t = microtime(true);
echo 'all paused: ', $w->daemon('redis', 'a,b', ['max_time' => 1, 'sleep' => 0.2, 'pausable' => true, 'pause_all' => true]), ' ', qwp_ran(), "\n";
ok('no blocking pop: the daemon slept and stopped on max_time', microtime(true) - $t < 2.5, microtime(true) - $t);
echo 'without pause_all: ', $w->daemon('redis', 'a,b', ['stop_when_empty' => true, 'pausable' => true]), ' ', qwp_ran(), "\n";

$asked = [];
$w = qw_test_worker();
$w->setCache(function (string $key) use (&$asked) {
    $asked[] = $key;
    return $key === QWP_ALL ? $GLOBALS['all'] : null;
});
qwp_push($w, ['a'], 1);
$GLOBALS['all'] = true;
var_dump($w->runNextJob('redis', 'a,b', ['pausable' => true, 'pause_all' => true, 'sleep' => 0]));
echo 'asked: ', implode(', ', $asked), "\n";
$asked = [];
$GLOBALS['all'] = 0;
echo 'global false: ', $w->runNextJob('redis', 'a,b', ['pausable' => true, 'pause_all' => true, 'sleep' => 0])->getQueue(), "\n";
echo 'asked: ', implode(', ', $asked), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
all paused: 0 []
ok - no blocking pop: the daemon slept and stopped on max_time
without pause_all: 0 [a 1, b 1]
NULL
asked: illuminate:queues:paused
global false: a
asked: illuminate:queues:paused, illuminate:queue:paused:redis:a, illuminate:queue:paused:redis:b
