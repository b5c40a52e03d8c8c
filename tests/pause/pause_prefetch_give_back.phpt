--TEST--
Pause with prefetch: jobs a pop reserved ahead from a queue that is then found paused go back to the head of their list, attempts unchanged, and none runs while it is paused; after the resume each runs exactly once, none lost
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();
$key = qwp_redis_key(qwp_key('default'));

final class SlowPausingJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $GLOBALS['ran'][] = $data['n'] . '#' . $job->attempts();
        if ($data['n'] === 1) {
            /* the pause comes while the first job of a prefetched batch runs */
            qw_restart_db1()->cmd('SET', qwp_redis_key(qwp_key('default')), 'b:1;');
            usleep(1100000);
        }
        $job->delete();
    }
}

$w = qw_test_worker();
$w->setCache(qwp_redis_store());
for ($i = 1; $i <= 6; $i++) {
    $w->push('SlowPausingJob', ['n' => $i]);
}
$w->daemon('redis', null, ['prefetch' => 4, 'max_time' => 2, 'sleep' => 0.1, 'pausable' => true]);
echo 'while paused: ', qwp_ran(), "\n";
$r = new QwTestRedis();
echo 'ready: ', $r->key('LLEN', 'queues:default'), ', reserved: ', $r->key('ZCARD', 'queues:default:reserved'), "\n";
$db1->cmd('DEL', $key);
$w->daemon('redis', null, ['prefetch' => 4, 'stop_when_empty' => true, 'sleep' => 0, 'pausable' => true]);
echo 'after the resume: ', qwp_ran(), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); ?>
--EXPECT--
while paused: [1#1]
ready: 5, reserved: 0
after the resume: [2#1, 3#1, 4#1, 5#1, 6#1]
