--TEST--
Laravel parity: when the handler throws on its last try, QWorker::runNextJob() fails the job as Laravel's Worker does: deleted, handler's failed() called, failer given the raw payload
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

/* The same payload on two queues: 'lw' for Laravel's Worker, 'qw' for QWorker. */
$laravel->push('LaravelTestJob@fire', ['n' => 2], 'lw');
$raw = $r->key('LINDEX', 'queues:lw', '0');
$uuid = json_decode($raw, true)['uuid'];
$qw->pushRaw($raw, 'qw');

$failures = [];
qw_laravel_container()->make('events')->listen(Illuminate\Queue\Events\JobFailed::class, function ($event) use (&$failures) {
    $failures[] = ['laravel', $event->connectionName, $event->job->getQueue(), $event->job->getRawBody(), $event->exception];
});
$qw->setFailer(function (string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job) use (&$failures) {
    $failures[] = ['qworker', $connection, $queue, $payload, $e];
});
$reported = 0;
$qw->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reported) {
    $reported++;
});
qw_laravel_then('throw');

$ljob = qw_laravel_run_next($laravel, 'lw', ['maxTries' => 1]);
$qjob = $qw->runNextJob('redis', 'qw', ['tries' => 1, 'sleep' => 0]);

foreach ([$ljob, $qjob] as $job) {
    echo get_class($job), ': ', json_encode([
        'deleted' => $job->isDeleted(),
        'released' => $job->isReleased(),
        'failed' => $job->hasFailed(),
    ]), "\n";
}
echo qw_laravel_sizes('lw'), "\n";
echo qw_laravel_sizes('qw'), "\n";
var_dump(qw_test_keys());

echo "-- handler calls\n";
foreach (qw_laravel_calls() as $call) {
    echo $call['job_class'], ' attempt ', $call['attempts'], "\n";
}
echo "-- failed()\n";
foreach ($GLOBALS['qw_laravel_failed'] ?? [] as $f) {
    echo $f['handler'], ' ', json_encode($f['data']), ' ', $f['exception'], ' ', var_export($f['uuid'] === $uuid, true), "\n";
}
echo "-- failer\n";
foreach ($failures as [$who, $connection, $queue, $payload, $e]) {
    echo "$who: $connection $queue ", var_export($payload === $raw, true), ' ', get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- reported\n";
echo count(qw_laravel_reported()), ' ', $reported, "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
Illuminate\Queue\Jobs\RedisJob: {"deleted":true,"released":false,"failed":true}
QWorker\Job: {"deleted":true,"released":false,"failed":true}
ready=0 notify=0 delayed=0 reserved=0
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
-- handler calls
Illuminate\Queue\Jobs\RedisJob attempt 1
QWorker\Job attempt 1
-- failed()
LaravelTestJob@failed {"n":2} RuntimeException true
LaravelTestJob@failed {"n":2} RuntimeException true
-- failer
laravel: redis lw true RuntimeException: LaravelTestJob failed
qworker: redis qw true RuntimeException: LaravelTestJob failed
-- reported
1 1
