--TEST--
force => true runs jobs while the application is down for maintenance (file or callable), in daemon() and in runNextJob()
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$down = tempnam(sys_get_temp_dir(), 'qwt-down-');
file_put_contents($down, '{}');
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);

echo "-- daemon(), file\n";
$w->push('OkJob', 1);
$w->push('OkJob', 2);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'maintenance' => $down, 'force' => true, 'stop_when_empty' => true, 'max_time' => 5]));

echo "-- daemon(), callable\n";
$w->push('OkJob', 3);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'maintenance' => fn () => true, 'force' => true, 'stop_when_empty' => true, 'max_time' => 5]));

echo "-- runNextJob()\n";
$w->push('OkJob', 4);
$w->push('OkJob', 5);
var_dump($w->runNextJob('redis', null, ['sleep' => 0, 'maintenance' => $down, 'force' => true])->isDeleted());
var_dump($w->runNextJob('redis', null, ['sleep' => 0, 'maintenance' => fn () => true, 'force' => true])->isDeleted());
unlink($down);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- daemon(), file
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
stopping 0, 'queue_empty'
int(0)
-- daemon(), callable
OkJob::fire 3 attempt 1
stopping 0, 'queue_empty'
int(0)
-- runNextJob()
OkJob::fire 4 attempt 1
bool(true)
OkJob::fire 5 attempt 1
bool(true)
