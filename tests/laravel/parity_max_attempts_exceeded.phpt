--TEST--
Laravel parity: a job popped past its tries is failed with MaxAttemptsExceededException without running, by QWorker::runNextJob() as by Laravel's Worker
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();

$qw = qw_test_worker();
$laravel = qw_laravel_test_queue();
$r = new QwTestRedis();

/* A job already attempted 3 times (a released or timed-out job), on 'lw' and 'qw'. */
$laravel->push('LaravelTestJob@fire', ['n' => 3], 'lw');
$p = json_decode($r->key('LPOP', 'queues:lw'), true);
$p['attempts'] = 3;
$raw = json_encode($p, JSON_UNESCAPED_UNICODE);
$r->key('RPUSH', 'queues:lw', $raw);
$qw->pushRaw($raw, 'qw');
echo qw_laravel_sizes('lw'), "\n";
echo qw_laravel_sizes('qw'), "\n";

$failures = [];
qw_laravel_container()->make('events')->listen(Illuminate\Queue\Events\JobFailed::class, function ($event) use (&$failures) {
    $failures[] = ['laravel', $event->job->attempts(), $event->exception];
});
$qw->setFailer(function (string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job) use (&$failures) {
    $failures[] = ['qworker', $job->attempts(), $e];
});
$reported = [];
$qw->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reported) {
    $reported[] = $e;
});

$ljob = qw_laravel_run_next($laravel, 'lw', ['maxTries' => 3]);
$qjob = $qw->runNextJob('redis', 'qw', ['tries' => 3, 'sleep' => 0]);

foreach ([$ljob, $qjob] as $job) {
    echo get_class($job), ': ', json_encode([
        'attempts' => $job->attempts(),
        'deleted' => $job->isDeleted(),
        'released' => $job->isReleased(),
        'failed' => $job->hasFailed(),
    ]), "\n";
}
echo qw_laravel_sizes('lw'), "\n";
echo qw_laravel_sizes('qw'), "\n";
echo 'handler calls: ', count(qw_laravel_calls()), "\n";
echo "-- failed()\n";
foreach ($GLOBALS['qw_laravel_failed'] ?? [] as $f) {
    echo $f['handler'], ' ', json_encode($f['data']), ' ', $f['exception'], "\n";
}
echo "-- failer\n";
foreach ($failures as [$who, $attempts, $e]) {
    echo "$who: attempt $attempts ", get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- reported\n";
foreach (qw_laravel_reported() as $e) {
    echo 'laravel: ', get_class($e), "\n";
}
foreach ($reported as $e) {
    echo 'qworker: ', get_class($e), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ready=1 notify=1 delayed=0 reserved=0
ready=1 notify=1 delayed=0 reserved=0
Illuminate\Queue\Jobs\RedisJob: {"attempts":4,"deleted":true,"released":false,"failed":true}
QWorker\Job: {"attempts":4,"deleted":true,"released":false,"failed":true}
ready=0 notify=0 delayed=0 reserved=0
ready=0 notify=0 delayed=0 reserved=0
handler calls: 0
-- failed()
LaravelTestJob@failed {"n":3} Illuminate\Queue\MaxAttemptsExceededException
LaravelTestJob@failed {"n":3} QWorker\MaxAttemptsExceededException
-- failer
laravel: attempt 4 Illuminate\Queue\MaxAttemptsExceededException: LaravelTestJob has been attempted too many times or run too long. The job may have previously timed out.
qworker: attempt 4 QWorker\MaxAttemptsExceededException: LaravelTestJob has been attempted too many times or run too long. The job may have previously timed out.
-- reported
laravel: Illuminate\Queue\MaxAttemptsExceededException
qworker: QWorker\MaxAttemptsExceededException
