--TEST--
daemon() stop checks after a job, first match wins: a restart signal beats max_time and max_jobs, and max_time beats max_jobs
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class SlowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $GLOBALS['restart'] = $data;
        usleep(1100000);
        qw_log('SlowJob done');
        $job->delete();
    }
}

$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
$options = ['sleep' => 0, 'max_time' => 1, 'max_jobs' => 1, 'stop_when_empty' => true];

echo "-- restart, max_time, max_jobs\n";
$GLOBALS['restart'] = 1700000000;
$w->setCache(fn () => $GLOBALS['restart']);
$w->push('SlowJob', 1700000001);
$w->push('OkJob');
var_dump($w->daemon('redis', null, $options));

echo "-- max_time, max_jobs\n";
$w->setCache(null);
$w->clear();
$w->push('SlowJob', 1700000002);
$w->push('OkJob');
var_dump($w->daemon('redis', null, $options));
echo $w->size(), " job still queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- restart, max_time, max_jobs
SlowJob done
stopping 0, 'received_restart_signal'
int(0)
-- max_time, max_jobs
SlowJob done
stopping 0, 'max_time_exceeded'
int(0)
1 job still queued
