<?php
/*
 * scripts/demo.php: pushes a few jobs with QWorker's producer API and lets
 * the native daemon loop (QWorker::daemon()) work them off until the queue is
 * empty, printing what happens. One job throws on its first attempt, to show
 * a release and a retry.
 * Run by scripts/demo.sh, which builds the extension, starts a redis-server
 * and sets QWORKER_DEMO_PORT. Exits 0 when every job ran and the queue is empty.
 */

if (!extension_loaded('qworker')) {
    fwrite(STDERR, "demo: the qworker extension is not loaded\n");
    exit(1);
}

/* A job handler as Laravel calls "Class@method" jobs: it deletes its job when done. */
final class DemoJob
{
    public static array $done = [];

    public function handle(QWorker\Job $job, $data): void
    {
        printf("  DemoJob #%d ran (attempt %d): %s\n", $data['n'], $job->attempts(), json_encode($data));
        self::$done[] = $data['n'];
        $job->delete();
    }
}

/* Fails its first attempt: the worker releases it and the next pop retries it. */
final class FlakyJob
{
    public function handle(QWorker\Job $job, $data): void
    {
        if ($job->attempts() === 1) {
            echo "  FlakyJob throws on attempt 1\n";
            throw new RuntimeException('simulated failure');
        }
        printf("  FlakyJob ran (attempt %d)\n", $job->attempts());
        DemoJob::$done[] = 'flaky';
        $job->delete();
    }
}

$w = new QWorker([
    'host' => '127.0.0.1',
    'port' => (int) getenv('QWORKER_DEMO_PORT'),
    'prefix' => 'laravel_database_',
]);
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job): void {
    echo '  exception reported: ', get_class($e), ': ', $e->getMessage(), "\n";
});
$w->setFailer(function (string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job): void {
    echo '  job failed: ', $job->resolveName(), ': ', $e->getMessage(), "\n";
});
$w->clear('default');

echo "pushing jobs on queue 'default':\n";
foreach ([1, 2, 3] as $n) {
    echo "  DemoJob@handle #$n id ", $w->push('DemoJob@handle', ['n' => $n], 'default'), "\n";
}
echo '  FlakyJob@handle id ', $w->push('FlakyJob@handle', ['flaky' => true], 'default'), "\n";
echo 'queue size: ', $w->size('default'), "\n\nworking:\n";

/* The daemon loop, as `queue:work --tries=3 --sleep=0 --stop-when-empty`, with hooks that narrate it. */
$w->on('before', function (string $connection, QWorker\Job $job): void {
    printf("  -> %s %s, attempt %d\n", $job->resolveName(), $job->getJobId(), $job->attempts());
});
$w->on('after', function (string $connection, QWorker\Job $job): void {
    echo '     ', $job->isDeleted() ? 'deleted' : 'left reserved', "\n";
});
$w->on('exception', function (string $connection, QWorker\Job $job, Throwable $e): void {
    echo '     threw: ', $e->getMessage(), $job->hasFailed() ? ' (failed)' : ' (will be released)', "\n";
});
$w->on('stopping', function (int $status, string $reason): void {
    echo "  worker stopping: status $status ($reason)\n";
});
$status = $w->daemon('redis', 'default', ['tries' => 3, 'sleep' => 0, 'stop_when_empty' => true]);

$size = $w->size('default');
echo "\nqueue size: $size; jobs done: ", implode(', ', DemoJob::$done), "\n";
$ok = $status === QWorker::EXIT_SUCCESS && $size === 0 && count(DemoJob::$done) === 4;
echo $ok ? "demo: ok\n" : "demo: FAILED\n";
exit($ok ? 0 : 1);
