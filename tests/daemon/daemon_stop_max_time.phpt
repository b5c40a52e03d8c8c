--TEST--
daemon() with max_time N stops (0, "max_time_exceeded") after the pass that ends N seconds after the start; a job running past it is finished first
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class SlowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        usleep(1500000);
        qw_log('SlowJob done');
        $job->delete();
    }
}

$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
echo "-- empty queue\n";
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.1, 'max_time' => 1]));
$elapsed = microtime(true) - $t;
ok('stopped after 1 s', $elapsed >= 1.0 && $elapsed < 1.0 + 1.5 * qwa_slow(), $elapsed);

echo "-- a 1.5 s job\n";
$w->push('SlowJob');
$w->push('OkJob');
$t = microtime(true);
var_dump($w->daemon('redis', null, ['sleep' => 0.1, 'max_time' => 1]));
$elapsed = microtime(true) - $t;
ok('stopped right after the job', $elapsed >= 1.5 && $elapsed < 1.5 + 1.5 * qwa_slow(), $elapsed);
echo $w->size(), " job still queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- empty queue
stopping 0, 'max_time_exceeded'
int(0)
ok - stopped after 1 s
-- a 1.5 s job
SlowJob done
stopping 0, 'max_time_exceeded'
int(0)
ok - stopped right after the job
1 job still queued
