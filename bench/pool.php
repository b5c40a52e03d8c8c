<?php
/*
 * bench/pool.php: the pool benchmark (bench/run-pool.sh sets up PHP, Redis
 * and the environment, then runs this). On a burst of BENCH_POOL_JOBS jobs
 * of BENCH_POOL_MS ms each (App\Jobs\Sleeps, queued by
 * `qwtest:dispatch-many --ms`) in the maintainers' Laravel app
 * (tools/laravel-app) on Debian's Laravel 8.83, it measures one after the
 * other, each from an emptied Redis:
 *
 *   1. 4 `php artisan queue:work redis` processes started by hand at once,
 *      as supervisord would start them;
 *   2. one `php artisan qworker:supervise redis --processes=4`, a fixed pool;
 *   3. one `php artisan qworker:supervise redis` with --max-processes=4
 *      (--min-processes=1, --balance=auto, the rest at their defaults);
 *   4. the same with --balance-max-shift=4: the whole ramp in one step.
 *
 * Both with --sleep=1 and the app recording nothing (QW_APP_NO_RECORD=1).
 * The time to drain runs from the workers' start until the queue holds no
 * job ready, reserved or delayed (looked at every 0.1 s); then the workers
 * get SIGTERM and must exit 0, and each must have printed one "Processed:"
 * line per job. Every 0.5 s the number of worker processes is sampled
 * (queue:work: those alive; the pool: the supervisor's children). CPU is
 * the user+sys of all the processes of a run (getrusage of the reaped
 * children). Prints a timeline, the drain times and their ratios to
 * queue:work's, then the same in Markdown.
 *
 * Environment: BENCH_POOL_JOBS (20000; 2000 with BENCH_QUICK=1),
 * BENCH_POOL_MS (5), BENCH_POOL_PROCESSES (4), BENCH_TIMEOUT (600 s per
 * run), and the QWORKER_TEST_* variables bench/run-pool.sh exports
 * (bench/lib.php). Any failure ends it with "bench: error: ..." and status 1.
 */
declare(strict_types=1);

require __DIR__ . '/lib.php';
require __DIR__ . '/../tools/laravel-app/instance.php';

ini_set('zend.exception_ignore_args', '1');

const POOL_SAMPLE = 0.5;
const POOL_POLL = 0.1;
const POOL_ROWS = 20; /* rows of the printed timeline, at most */

/* Seconds of CPU (user+sys) of the reaped children of this process so far. */
function pool_children_cpu(): float
{
    $u = getrusage(1);
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

/* The pids of $pid's live children (Linux /proc). */
function pool_children(int $pid): array
{
    $children = [];
    foreach (glob('/proc/[0-9]*/stat') as $f) {
        $stat = @file_get_contents($f);
        if ($stat !== false && preg_match('/^(\d+) \(.*\) ([A-Za-z]) (\d+) /s', $stat, $m) && (int) $m[3] === $pid && $m[2] !== 'Z') {
            $children[] = (int) $m[1];
        }
    }
    return $children;
}

/* Jobs under $prefix's default queue: [ready, reserved, delayed]. */
function pool_depth(Redis $r, string $prefix): array
{
    $q = $prefix . 'queues:default';
    return [(int) $r->lLen($q), (int) $r->zCard("$q:reserved"), (int) $r->zCard("$q:delayed")];
}

/* A command line started with $env, stdout and stderr to $out; returns [process, pid]. */
function pool_start(array $cmd, array $env, string $out): array
{
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'a'], 2 => ['file', $out, 'a']], $pipes, null, $env + getenv());
    if (!is_resource($proc)) {
        throw new RuntimeException('cannot start ' . implode(' ', $cmd));
    }
    return [$proc, proc_get_status($proc)['pid']];
}

/*
 * One run: $n jobs queued, then $cmds started at once; returns the drain
 * time, the CPU, the samples [t, processes, ready] and the output's
 * "Processed:" count.
 */
function pool_run(QwLaravelApp $app, Redis $redis, string $what, array $cmds, bool $pool, int $n, int $ms, int $timeout): array
{
    $redis->flushAll();
    $app->reset();
    $env = $app->env();
    $out = tempnam(sys_get_temp_dir(), 'pool-out');
    [$p] = pool_start($app->artisanCommand(['qwtest:dispatch-many', (string) $n, "--ms=$ms"]), $env, $out);
    if (proc_close($p) !== 0) {
        throw new RuntimeException("qwtest:dispatch-many failed:\n" . file_get_contents($out));
    }
    if (pool_depth($redis, $app->prefix) !== [$n, 0, 0]) {
        throw new RuntimeException("$what: expected $n jobs ready, found " . json_encode(pool_depth($redis, $app->prefix)));
    }
    file_put_contents($out, '');

    $cpu = pool_children_cpu();
    $start = microtime(true);
    $procs = array_map(fn (array $cmd) => pool_start($cmd, $env, $out), $cmds);
    $samples = [];
    $drained = null;
    for ($next = $start; $drained === null;) {
        $now = microtime(true);
        if ($now - $start > $timeout) {
            foreach ($procs as [$proc]) {
                proc_terminate($proc, SIGKILL);
            }
            throw new RuntimeException("$what: not drained after $timeout s (BENCH_TIMEOUT)");
        }
        $depth = pool_depth($redis, $app->prefix);
        if (array_sum($depth) === 0) {
            $drained = $now - $start;
        }
        if ($now >= $next || $drained !== null) {
            $alive = $pool ? count(pool_children($procs[0][1])) : count(array_filter($procs, fn (array $p) => proc_get_status($p[0])['running']));
            $samples[] = [$now - $start, $alive, $depth[0]];
            $next += POOL_SAMPLE;
        }
        usleep((int) (POOL_POLL * 1e6));
    }
    foreach ($procs as [$proc, $pid]) {
        posix_kill($pid, SIGTERM);
    }
    foreach ($procs as [$proc]) {
        if (($status = proc_close($proc)) !== 0) {
            throw new RuntimeException("$what: a process exited $status after SIGTERM:\n" . substr((string) file_get_contents($out), -2048));
        }
    }
    $cpu = pool_children_cpu() - $cpu;
    $processed = substr_count((string) file_get_contents($out), 'Processed:');
    $fallback = str_contains((string) file_get_contents($out), "running Laravel's own worker");
    unlink($out);
    if ($fallback) {
        throw new RuntimeException("$what ran Laravel's own worker, not qworker");
    }
    if ($processed !== $n) {
        throw new RuntimeException("$what printed $processed \"Processed:\" lines, not $n");
    }
    return ['drain' => $drained, 'cpu' => $cpu, 'samples' => $samples];
}

/* "a" or "a-b": the processes sampled in [$from, $to), "" when none. */
function pool_window(array $samples, float $from, float $to, int $i): string
{
    $v = array_column(array_filter($samples, fn (array $s) => $s[0] >= $from && $s[0] < $to), $i);
    if ($v === []) {
        return '';
    }
    return min($v) === max($v) ? (string) min($v) : min($v) . '-' . max($v);
}

/* The last ready depth sampled before $to, "" past the end. */
function pool_ready(array $samples, float $from, float $to): string
{
    $in = array_filter($samples, fn (array $s) => $s[0] >= $from && $s[0] < $to);
    return $in === [] ? '' : (string) end($in)[2];
}

function pool_main(): void
{
    $quick = getenv('BENCH_QUICK') === '1';
    $n = bench_env_int('BENCH_POOL_JOBS', $quick ? 2000 : 20000);
    $ms = bench_env_int('BENCH_POOL_MS', 5);
    $max = bench_env_int('BENCH_POOL_PROCESSES', 4);
    $timeout = bench_env_int('BENCH_TIMEOUT', 600);
    $redis = bench_redis();
    $app = new QwLaravelApp('8', bench_prefix() . 'pool:');
    $app->appEnv = ['QW_APP_NO_RECORD' => '1'];
    $common = ['redis', '--sleep=1'];

    $fixed = ["--processes=$max"];
    $scaled = ["--max-processes=$max", '--min-processes=1', '--balance=auto'];
    $quick = array_merge($scaled, ["--balance-max-shift=$max"]);
    /* Each run: its short name, command lines, and whether it is one supervisor (its children are the workers). */
    $runs = [
        "$max x queue:work" => ['queue:work', array_fill(0, $max, $app->artisanCommand(array_merge(['queue:work'], $common))), false],
        'qworker:supervise ' . implode(' ', $fixed) => ['fixed pool', [$app->artisanCommand(array_merge(['qworker:supervise'], $common, $fixed))], true],
        'qworker:supervise ' . implode(' ', $scaled) => ['autoscaled', [$app->artisanCommand(array_merge(['qworker:supervise'], $common, $scaled))], true],
        'qworker:supervise ' . implode(' ', $quick) => ['autoscaled, shift', [$app->artisanCommand(array_merge(['qworker:supervise'], $common, $quick))], true],
    ];
    printf("pool benchmark: %d jobs of %d ms, Laravel 8.83, qworker %s\n", $n, $ms, QWorker::VERSION);
    $results = [];
    foreach ($runs as $what => [, $cmds, $pool]) {
        echo "-- $what\n";
        $results[$what] = pool_run($app, $redis, $what, $cmds, $pool, $n, $ms, $timeout);
        printf("   drained in %.2f s, %.0f jobs/s, %.1f s CPU\n", $results[$what]['drain'], $n / $results[$what]['drain'], $results[$what]['cpu']);
    }

    $names = array_keys($results);
    $end = max(array_map(fn (array $r) => $r['drain'], $results));
    $step = max(1.0, ceil($end / POOL_ROWS));
    echo "\nTimeline (worker processes sampled every ", POOL_SAMPLE, " s, min-max per $step s; jobs ready at the last sample):\n";
    $rows = [];
    for ($t = 0.0; $t <= $end; $t += $step) {
        $row = [sprintf('%.0f-%.0f s', $t, $t + $step)];
        foreach ($results as $r) {
            $row[] = pool_window($r['samples'], $t, $t + $step, 1);
            $row[] = pool_ready($r['samples'], $t, $t + $step);
        }
        $rows[] = $row;
    }
    $header = ['t'];
    foreach ($runs as [$short]) {
        $header[] = "$short procs";
        $header[] = 'ready';
    }
    foreach (array_merge([$header], $rows) as $row) {
        echo '  ', implode('  ', array_map(fn ($v) => str_pad((string) $v, 16), $row)), "\n";
    }

    $base = $results[$names[0]]['drain'];
    echo "\nDrain time of $names[0] / drain time of:\n";
    foreach (array_slice($names, 1) as $name) {
        printf("  %-60s %.2f\n", $name, $base / $results[$name]['drain']);
    }

    echo "\nMarkdown:\n\n| Run ($n jobs of $ms ms) | Drain time | Jobs/s | vs queue:work | CPU (all processes) | Processes (mean of samples) |\n|---|---:|---:|---:|---:|---:|\n";
    foreach ($results as $what => $r) {
        $procs = array_column($r['samples'], 1);
        printf("| `%s` | %.2f s | %.0f | %.2f× | %.1f s | %.1f |\n", $what, $r['drain'], $n / $r['drain'], $base / $r['drain'], $r['cpu'], array_sum($procs) / count($procs));
    }
}

try {
    pool_main();
} catch (Throwable $e) {
    fwrite(STDERR, 'bench: error: ' . $e->getMessage() . "\n");
    exit(1);
}
