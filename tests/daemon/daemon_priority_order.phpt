--TEST--
daemon() on 'high,low' with block_for takes every 'high' job before any 'low' one, including a 'high' job pushed while it works
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class PushingJob
{
    public function fire(QWorker\Job $job, $data)
    {
        qw_log("PushingJob $data@" . $job->getQueue() . ' pushes H3 to high');
        qw_test_worker()->push('OkJob', 'H3', 'high');
        $job->delete();
    }
}

$w = qw_test_worker(['block_for' => 2]);
qw_observe($w);
$w->push('OkJob', 'L1', 'low');
$w->push('PushingJob', 'H1', 'high');
$w->push('OkJob', 'L2', 'low');
$w->push('OkJob', 'H2', 'high');
$t = microtime(true);
var_dump($w->daemon('redis', 'high,low', ['sleep' => 0, 'max_jobs' => 5, 'max_time' => 10]));
ok('no blocking wait with jobs queued', microtime(true) - $t < 1.5 * qwa_slow(), microtime(true) - $t);
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
PushingJob H1@high pushes H3 to high
OkJob::fire "H2" attempt 1
OkJob::fire "H3" attempt 1
OkJob::fire "L1" attempt 1
OkJob::fire "L2" attempt 1
int(0)
ok - no blocking wait with jobs queued
array(0) {
}
