--TEST--
daemon() hooks for a job that succeeds come in Laravel's event order: starting, looping, popping, popped, before, (job), after, then the next pass
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, QWA_EVENTS, [
    'after' => function ($c, QWorker\Job $job) {
        echo '  deleted: ', var_export($job->isDeleted(), true), ', connection: ', $job->getConnectionName(), "\n";
    },
]);
$w->push('OkJob', 'a');
var_dump($w->daemon('conn', null, ['sleep' => 0, 'stop_when_empty' => true]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
starting 'conn', 'default'
looping 'conn', 'default'
popping 'conn', 'default'
popped 'conn', Job(OkJob@default#1)
before 'conn', Job(OkJob@default#1)
OkJob::fire "a" attempt 1
after 'conn', Job(OkJob@default#1)
  deleted: true, connection: conn
looping 'conn', 'default'
popping 'conn', 'default'
idle 'conn', 'default'
stopping 0, 'queue_empty'
int(0)
