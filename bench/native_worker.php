<?php
/*
 * bench/native_worker.php: the native worker of the benchmark, a tiny script
 * running QWorker::daemon() on `BenchJob@method` jobs, with no Laravel and no
 * hook per job. bench/bench.php starts it (with the QWORKER_TEST_* variables
 * bench/lib.php reads) in one of these modes:
 *
 *   drain [PREFETCH]    works the queue until it is empty (sleep 0), then
 *                       prints "done N", N the jobs handled; PREFETCH > 1
 *                       passes the daemon's `prefetch` option
 *   idle                waits for jobs with block_for=5 until SIGTERM
 *   latency FILE COUNT  block_for=5, stops after COUNT jobs; each job
 *                       appends (now - the push time in its data) to FILE
 *   rss AT...           works the queue until it is empty; the job that
 *                       makes the count reach one of AT prints
 *                       "rss COUNT VmRSS_KB"
 *
 * The blocking modes print "ready PID" from the `starting` hook, once the
 * daemon runs.
 */
require __DIR__ . '/lib.php';

final class BenchJob
{
    /** Jobs handled so far, for the "done" check and the RSS points. */
    public static int $count = 0;
    public static string $latencyFile = '';
    /** @var int[] job counts at which `rss` reports VmRSS */
    public static array $rssAt = [];

    /* The benchmark's job: nothing but the acknowledgement (and a counter). */
    public function handle(QWorker\Job $job, $data): void
    {
        self::$count++;
        $job->delete();
    }

    /* Push-to-start latency: the push time is in the job's data. */
    public function latency(QWorker\Job $job, $data): void
    {
        $waited = microtime(true) - $data['t'];
        file_put_contents(self::$latencyFile, sprintf("%.6f\n", $waited), FILE_APPEND);
        $job->delete();
    }

    public function rss(QWorker\Job $job, $data): void
    {
        $job->delete();
        if (in_array(++self::$count, self::$rssAt, true)) {
            preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
            printf("rss %d %d\n", self::$count, $m[1]);
        }
    }
}

function bench_announce(QWorker $w): void
{
    $w->on('starting', function () {
        printf("ready %d\n", getmypid());
    });
}

$mode = $argv[1] ?? '';
$drain = ['stop_when_empty' => true, 'sleep' => 0];
switch ($mode) {
    case 'drain':
        $prefetch = (int) ($argv[2] ?? 1);
        $w = bench_worker();
        $status = $w->daemon('redis', 'default', $prefetch > 1 ? $drain + ['prefetch' => $prefetch] : $drain);
        echo 'done ', BenchJob::$count, "\n";
        break;
    case 'idle':
        $w = bench_worker(['block_for' => 5]);
        bench_announce($w);
        $status = $w->daemon('redis', 'default');
        break;
    case 'latency':
        BenchJob::$latencyFile = $argv[2];
        $w = bench_worker(['block_for' => 5]);
        bench_announce($w);
        $status = $w->daemon('redis', 'default', ['max_jobs' => (int) $argv[3]]);
        break;
    case 'rss':
        BenchJob::$rssAt = array_map('intval', array_slice($argv, 2));
        $w = bench_worker();
        $status = $w->daemon('redis', 'default', $drain);
        break;
    default:
        fwrite(STDERR, "usage: native_worker.php drain [PREFETCH] | idle | latency FILE COUNT | rss AT...\n");
        exit(2);
}
exit($status);
