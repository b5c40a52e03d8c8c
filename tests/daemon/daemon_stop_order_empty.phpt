--TEST--
daemon() stop checks after an empty pass, first match wins: stop_when_empty beats stop_when_empty_for and max_time, and stop_when_empty_for beats max_time
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qwa_hooks($w, ['idle', 'stopping']);

echo "-- stop_when_empty, stop_when_empty_for, max_time\n";
var_dump($w->daemon('redis', null, ['sleep' => 1.1, 'stop_when_empty' => true, 'stop_when_empty_for' => 1, 'max_time' => 1, 'max_jobs' => 1]));

echo "-- stop_when_empty_for, max_time\n";
var_dump($w->daemon('redis', null, ['sleep' => 1.1, 'stop_when_empty_for' => 1, 'max_time' => 1, 'max_jobs' => 1]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- stop_when_empty, stop_when_empty_for, max_time
idle 'redis', 'default'
stopping 0, 'queue_empty'
int(0)
-- stop_when_empty_for, max_time
idle 'redis', 'default'
stopping 0, 'queue_empty_for'
int(0)
