--TEST--
Hook arguments: starting, looping, popping and idle get the connection name and the queue list as given (null: the 'queue' setting); popped the connection and the Job from its queue; stopping the status, reason, jobs processed, the last job's end (monotonic seconds) and memory in MB
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker(['queue' => 'q1']);
qw_observe($w);
$types = [];
foreach (['starting', 'looping', 'popping', 'popped', 'idle', 'stopping'] as $event) {
    $types[$event] = function (...$args) use ($event) {
        echo "  $event(", implode(', ', array_map('get_debug_type', $args)), ")\n";
    };
}
qwa_hooks($w, ['starting', 'looping', 'popping', 'popped', 'idle', 'stopping'], $types);

echo "-- queue null: the 'queue' setting\n";
$w->push('OkJob', 1);
var_dump($w->daemon('c1', null, ['sleep' => 0, 'stop_when_empty' => true]));

echo "-- a list of queues\n";
$w->push('OkJob', 2, 'b');
var_dump($w->daemon('c2', 'a,b', ['sleep' => 0, 'max_jobs' => 1]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- queue null: the 'queue' setting
starting 'c1', 'q1'
  starting(string, string)
looping 'c1', 'q1'
  looping(string, string)
popping 'c1', 'q1'
  popping(string, string)
popped 'c1', Job(OkJob@q1#1)
  popped(string, QWorker\Job)
OkJob::fire 1 attempt 1
looping 'c1', 'q1'
  looping(string, string)
popping 'c1', 'q1'
  popping(string, string)
idle 'c1', 'q1'
  idle(string, string)
stopping 0, 'queue_empty'
  stopping(int, string, int, float, %s)
int(0)
-- a list of queues
starting 'c2', 'a,b'
  starting(string, string)
looping 'c2', 'a,b'
  looping(string, string)
popping 'c2', 'a,b'
  popping(string, string)
popped 'c2', Job(OkJob@b#1)
  popped(string, QWorker\Job)
OkJob::fire 2 attempt 1
stopping 0, 'max_jobs_exceeded'
  stopping(int, string, int, float, %s)
int(0)
