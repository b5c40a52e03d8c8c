--TEST--
Restart signal, redis store nobody listens on: the daemon still runs its jobs and stops on max_jobs (status 0, "max_jobs_exceeded"); the read errors go to the exception handler (no job) and count as no change, not as a restart
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
require __DIR__ . '/../lib/job_handlers.inc';
qw_test_cleanup();

class SlowJob
{
    public function fire(QWorker\Job $job, $data)
    {
        usleep(500000);
        qw_log("SlowJob $data");
        $job->delete();
    }
}

/* A port nobody listens on: bound by the kernel, then released. */
$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
fclose($s);

$w = qw_test_worker();
$w->setCache(qw_restart_redis_store(['port' => $port, 'timeout' => 0.5]));
$reports = [];
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reports) {
    $reports[] = [get_class($e), $job === null];
});
$stops = [];
$w->on('stopping', function (int $status, string $reason) use (&$stops) {
    $stops[] = "$status $reason";
});
foreach ([1, 2, 3, 4] as $i) {
    $w->push('SlowJob', $i);
}
$t = microtime(true);
$status = $w->daemon('redis', null, ['sleep' => 0.1, 'max_jobs' => 4, 'max_time' => 8]);
printf("daemon() returned %d in under 5 s: %s, stopping: [%s], jobs left: %d\n", $status, microtime(true) - $t < 5 ? 'yes' : 'no', implode(', ', $stops), $w->size());
echo "read errors reported: ", count($reports) >= 1 ? 'yes' : 'no', "\n";
echo "all QWorker exceptions without a job: ", $reports && array_filter($reports, fn ($r) => !is_a($r[0], QWorker\Exception::class, true) || !$r[1]) === [] ? 'yes' : json_encode($reports), "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
SlowJob 1
SlowJob 2
SlowJob 3
SlowJob 4
daemon() returned 0 in under 5 s: yes, stopping: [0 max_jobs_exceeded], jobs left: 0
read errors reported: yes
all QWorker exceptions without a job: yes
