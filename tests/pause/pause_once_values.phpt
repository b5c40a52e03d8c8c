--TEST--
Pause, runNextJob() (queue:work --once): reads the pause keys on each call and pops only from queues not paused; a stored value pauses when Laravel's cache returns it truthy (b:1;, a raw number other than 0, i:/d: not zero, a non-empty string other than "0", a non-empty array, an object), read without unserialize()
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pause.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
$db1 = qw_restart_db1();
$dir = qw_restart_dir('once');
qw_restart_rmdir($dir);

$values = ['b:1;', 'b:0;', '1', '0', '2.5', ' 0', 'i:0;', 'i:7;', 'd:0;', 'd:0.5;', 's:0:"";', 's:1:"0";', 's:3:"yes";',
    'a:0:{}', 'a:1:{i:0;i:1;}', 'O:8:"stdClass":0:{}', 'N;', 'garbage', ''];
$redis = qw_test_worker();
$redis->setCache(qwp_redis_store());
$file = qw_test_worker();
$file->setCache(['driver' => 'file', 'path' => $dir]);
$options = ['pausable' => true, 'sleep' => 0];
foreach ($values as $v) {
    qwp_push($redis, ['default'], 1);
    $db1->cmd('SET', qwp_redis_key(qwp_key('default')), $v);
    $r = $redis->runNextJob('redis', null, $options) === null ? 'paused' : 'runs';
    qwp_push($file, ['default'], 1);
    qwp_file_put($dir, qwp_key('default'), $v);
    $f = $file->runNextJob('redis', null, $options) === null ? 'paused' : 'runs';
    $redis->clear();
    printf("%-22s redis: %-6s file: %s\n", var_export($v, true), $r, $f);
    qwp_ran();
}

qwp_push($redis, ['a', 'b'], 1);
$db1->cmd('SET', qwp_redis_key(qwp_key('a')), 'b:1;');
echo 'a paused: ', $redis->runNextJob('redis', 'a,b', $options)->getQueue(), ', then ', var_export($redis->runNextJob('redis', 'a,b', $options), true), "\n";
$db1->cmd('DEL', qwp_redis_key(qwp_key('a')));
echo 'a resumed: ', $redis->runNextJob('redis', 'a,b', $options)->getQueue(), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/pause.inc'; qw_test_cleanup(); qw_restart_cleanup_db1(); qw_restart_rmdir(qw_restart_dir('once')); ?>
--EXPECT--
'b:1;'                 redis: paused file: paused
'b:0;'                 redis: runs   file: runs
'1'                    redis: paused file: runs
'0'                    redis: runs   file: runs
'2.5'                  redis: paused file: runs
' 0'                   redis: paused file: runs
'i:0;'                 redis: runs   file: runs
'i:7;'                 redis: paused file: paused
'd:0;'                 redis: runs   file: runs
'd:0.5;'               redis: paused file: paused
's:0:"";'              redis: runs   file: runs
's:1:"0";'             redis: runs   file: runs
's:3:"yes";'           redis: paused file: paused
'a:0:{}'               redis: runs   file: runs
'a:1:{i:0;i:1;}'       redis: paused file: paused
'O:8:"stdClass":0:{}'  redis: paused file: paused
'N;'                   redis: runs   file: runs
'garbage'              redis: runs   file: runs
''                     redis: runs   file: runs
a paused: b, then NULL
a resumed: a
