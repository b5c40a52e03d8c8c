--TEST--
daemon() called while daemon() runs (from a job or a hook) throws Error "QWorker::daemon() is already running": a job's call fails that job, a hook's call ends the outer daemon()
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class NestingJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $GLOBALS['w']->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]);
        qw_log('NestingJob went on');
        $job->delete();
    }
}

$w = $GLOBALS['w'] = qw_test_worker();
qw_observe($w);
$w->push('NestingJob');
$w->push('OkJob', 1);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'tries' => 1, 'max_jobs' => 1]));
echo $w->size(), " job queued\n";

echo "-- from the idle hook\n";
$w->clear();
$w->on('idle', function () use ($w) { $w->daemon(); });
try {
    $w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
failer redis default Error: QWorker::daemon() is already running (raw body)
report Error: QWorker::daemon() is already running
int(0)
1 job queued
-- from the idle hook
Error: QWorker::daemon() is already running
