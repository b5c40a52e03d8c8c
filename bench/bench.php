<?php
/*
 * bench/bench.php: the qworker benchmark driver (bench/run.sh sets up PHP,
 * Redis and the environment, then runs this). It measures side by side, each
 * run from an emptied Redis (FLUSHALL) and on the same number of no-op jobs
 * (BENCH_JOBS):
 *
 *   1. `php artisan queue:work redis --stop-when-empty --sleep=0` in the
 *      maintainers' Laravel app (tools/laravel-app) on Debian's Laravel 8.83
 *      (BENCH_LARAVEL=12: the Composer Laravel 12 bench/run.sh installs)
 *      and phpredis, on App\Jobs\Nothing jobs queued by `qwtest:dispatch-many`;
 *   2. `php artisan qworker:work` with the same options in the same app,
 *      with qworker.prefetch 1 (the default) and 32;
 *   3. QWorker::daemon() in bench/native_worker.php on `BenchJob@handle`
 *      jobs (a handler that only deletes its job), stop_when_empty, sleep 0;
 *      with the daemon's `prefetch` option at 32 too, when it has one;
 *   4. Laravel's own per-job machinery, no Redis: `qwtest:machinery`,
 *      Worker::process() on SyncJobs of the same App\Jobs\Nothing, in the
 *      same app (the CPU budget of qworker:work is counted from it);
 *   5. `redis-benchmark -c 1 -t lpop`, once: one client's round trips per
 *      second, the ceiling for a worker that needs one round trip per job.
 *
 * 1 to 4 are done BENCH_ROUNDS times, alternating (round 1: 1 2 3 4, round 2:
 * 1 2 3 4, ...); the table gives each one's median over the rounds and the
 * spread (min-max), the ratios against queue:work from the medians and per
 * round. The app runs with the queue listeners of a real app
 * (QW_APP_LISTENERS=1: class listeners on JobProcessing, JobProcessed and
 * JobFailed, Queue::before() and after(); see
 * tools/laravel-app/app/Providers/ListenersServiceProvider.php) unless
 * BENCH_LISTENERS=0; each Laravel run must report them called once per job.
 * The native daemon has no Laravel, hence no listeners.
 *
 * Each worker runs under `timeout` and /usr/bin/time (its user+sys CPU, to
 * 10 ms, and peak RSS), once on an empty queue (its boot: start, one empty
 * pass, exit) and once on the jobs. jobs/s is N / wall time from start to
 * exit; "drain" is N / (that time - the boot run's), the rate once the
 * worker runs, and "drain CPU" (its CPU - the boot run's) / N. Redis' share
 * comes from INFO, after CONFIG RESETSTAT: the server's CPU (used_cpu_user +
 * used_cpu_sys), its commands (commandstats, which counts the commands Lua
 * scripts call as well) and round trips (total_reads_processed: one socket
 * read per request or pipelined batch). The Redis server is private to the
 * benchmark.
 *
 * Then the extras, on a native daemon with block_for=5: (a) its CPU while
 * idle on an empty queue (utime+stime in /proc/PID/stat over
 * BENCH_IDLE_SECONDS), (b) push-to-start latency, p50 and p99, of jobs pushed
 * one every 20 ms, (c) its RSS after 10,000 and BENCH_RSS_JOBS jobs (not with
 * BENCH_QUICK=1). Last come the tables in Markdown.
 *
 * Environment: BENCH_JOBS (default 20000, 1000 with BENCH_QUICK=1),
 * BENCH_ROUNDS (3), BENCH_LISTENERS (1; 0: the app without its listeners),
 * BENCH_IDLE_SECONDS (30; 5 quick), BENCH_RSS_JOBS (200000), BENCH_QUICK,
 * BENCH_TIMEOUT (600: seconds any one process may run), and the
 * QWORKER_TEST_* variables bench/run.sh exports (Redis, php command line, key
 * prefix: bench/lib.php). Any failure ends it with "bench: error: ..." and
 * status 1.
 */
declare(strict_types=1);

require __DIR__ . '/lib.php';
require __DIR__ . '/../tools/laravel-app/instance.php';

/* Exceptions keep no arguments, so a failure does not keep the app instance (QwLaravelApp) alive past its run. */
ini_set('zend.exception_ignore_args', '1');

const BENCH_WORKER = __DIR__ . '/native_worker.php';
const BENCH_RSS_FIRST = 10000;
const BENCH_LATENCY_INTERVAL_US = 20000;
/* The targets, as ratios of drain rates against queue:work, and qworker:work's CPU per job over Laravel's machinery. */
const BENCH_TARGET_P1 = 4.0;
const BENCH_TARGET_P32 = 8.0;
const BENCH_TARGET_CPU_US = 30.0;

/* The benchmark's own Redis connection, counting the commands it sends. */
final class BenchRedis
{
    public int $sent = 0;
    private Redis $redis;

    public function __construct()
    {
        $this->redis = bench_redis();
    }

    /* Sends one command as given (no key prefix); returns phpredis' reply. */
    public function cmd(string ...$args)
    {
        $this->sent++;
        return $this->redis->rawCommand(...$args);
    }
}

/* The connection the benchmark's own commands go through. */
function bench_server(): BenchRedis
{
    static $r = null;
    return $r ??= new BenchRedis();
}

/* One INFO section as name => value. */
function bench_info(string $section): array
{
    $info = [];
    foreach (explode("\r\n", bench_server()->cmd('INFO', $section)) as $line) {
        if ($line !== '' && $line[0] !== '#') {
            [$k, $v] = explode(':', $line, 2);
            $info[$k] = $v;
        }
    }
    return $info;
}

/* Seconds of CPU the Redis server has used. */
function bench_redis_cpu(): float
{
    $cpu = bench_info('cpu');
    return (float) $cpu['used_cpu_user'] + (float) $cpu['used_cpu_sys'];
}

/* Zeroes Redis' counters (CONFIG RESETSTAT); returns what bench_stats_since() needs. */
function bench_stats_reset(): array
{
    bench_server()->cmd('CONFIG', 'RESETSTAT');
    return ['sent' => bench_server()->sent, 'cpu' => bench_redis_cpu()];
}

/*
 * Redis' work since bench_stats_reset() returned $start, the benchmark's own
 * INFO commands left out: CPU seconds, calls per command and round trips.
 * Each request a client sends, or pipelined batch, is one socket read
 * (total_reads_processed).
 */
function bench_stats_since(array $start): array
{
    $calls = [];
    foreach (bench_info('commandstats') as $k => $v) {
        $name = substr($k, strlen('cmdstat_'));
        if ($name !== 'info' && $name !== 'config|resetstat' && preg_match('/calls=(\d+)/', $v, $m)) {
            $calls[$name] = (int) $m[1];
        }
    }
    arsort($calls);
    $cpu = bench_redis_cpu() - $start['cpu'];
    $reads = (int) bench_info('stats')['total_reads_processed'];
    return ['redis_cpu' => $cpu, 'calls' => $calls, 'reads' => $reads - (bench_server()->sent - $start['sent'])];
}

function bench_flush(): void
{
    bench_server()->cmd('FLUSHALL');
}

/* Fails unless the default queue under $prefix holds $ready jobs, none reserved or delayed. */
function bench_expect_queue(string $prefix, int $ready, string $when): void
{
    $redis = bench_server();
    $q = $prefix . 'queues:default';
    [$r, $s, $d] = [$redis->cmd('LLEN', $q), $redis->cmd('ZCARD', "$q:reserved"), $redis->cmd('ZCARD', "$q:delayed")];
    if ([$r, $s, $d] !== [$ready, 0, 0]) {
        throw new RuntimeException("$when: expected $ready jobs ready and none reserved or delayed, found $r ready, $s reserved, $d delayed");
    }
}

/*
 * A child process under `timeout -k 10 BENCH_TIMEOUT`, stdout and stderr
 * into a temp file (removed with the object); its wall time runs from just
 * before its start to just after its exit.
 */
final class BenchProcess
{
    public static int $timeout = 600;
    public float $wall = 0.0;
    private $proc;
    private string $out;
    private int|float $started;
    private string $what;

    /* $what names it in errors. */
    public function __construct(string $what, array $cmd, array $env = [])
    {
        $this->what = $what;
        $this->out = tempnam(sys_get_temp_dir(), 'bench-out');
        $this->started = hrtime(true);
        $this->proc = proc_open(
            array_merge(['timeout', '-k', '10', (string) self::$timeout], $cmd),
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $this->out, 'w'], 2 => ['redirect', 1]],
            $pipes,
            null,
            $env + getenv()
        );
        if (!is_resource($this->proc)) {
            throw new RuntimeException("cannot start $this->what");
        }
    }

    public function __destruct()
    {
        @unlink($this->out);
    }

    /* The whole output: for the native worker's few lines, not a Laravel worker's. */
    public function output(): string
    {
        return (string) file_get_contents($this->out);
    }

    /* How many lines of the output contain $needle, read line by line. */
    public function countLines(string $needle): int
    {
        $count = 0;
        $f = fopen($this->out, 'r');
        while (($line = fgets($f)) !== false) {
            $count += (int) str_contains($line, $needle);
        }
        fclose($f);
        return $count;
    }

    /* The output's last 2 KB, for error messages. */
    public function tail(): string
    {
        $f = fopen($this->out, 'r');
        fseek($f, max(0, fstat($f)['size'] - 2048));
        $tail = (string) stream_get_contents($f);
        fclose($f);
        return rtrim($tail);
    }

    /* Waits until the output matches $re; returns the match. */
    public function waitFor(string $re, float $seconds = 30.0): array
    {
        for ($end = microtime(true) + $seconds; microtime(true) < $end; usleep(10000)) {
            if (preg_match($re, $this->output(), $m)) {
                return $m;
            }
            if (!proc_get_status($this->proc)['running']) {
                break;
            }
        }
        throw new RuntimeException("$this->what: no $re in its output:\n" . $this->tail());
    }

    /* Waits for the exit; fails unless the status is 0. */
    public function finish(): self
    {
        $status = proc_close($this->proc);
        $this->wall = (hrtime(true) - $this->started) / 1e9;
        if ($status === 124) {
            throw new RuntimeException("$this->what: timed out after " . self::$timeout . " s (BENCH_TIMEOUT):\n" . $this->tail());
        }
        if ($status !== 0) {
            throw new RuntimeException("$this->what: exited with status $status:\n" . $this->tail());
        }
        return $this;
    }
}

/*
 * Runs a worker command line under /usr/bin/time, then $check(BenchProcess)
 * on its output (it throws when the run went wrong). Returns the
 * measurements: wall seconds, the worker's CPU seconds (user+sys) and peak
 * RSS (KB), and Redis' work meanwhile (bench_stats_since()).
 */
function bench_measure(string $what, array $cmd, array $env, callable $check): array
{
    $timeFile = tempnam(sys_get_temp_dir(), 'bench-time');
    $start = bench_stats_reset();
    $p = (new BenchProcess($what, array_merge(['/usr/bin/time', '-f', '%U %S %M', '-o', $timeFile], $cmd), $env))->finish();
    $stats = bench_stats_since($start);
    [$user, $sys, $rss] = sscanf(file_get_contents($timeFile), '%f %f %d');
    unlink($timeFile);
    $check($p);
    return ['wall' => $p->wall, 'cpu' => $user + $sys, 'rss' => $rss] + $stats;
}

/* A producer on the native worker's queue (key prefix QWORKER_TEST_PREFIX). */
function bench_producer(): QWorker
{
    static $w = null;
    return $w ??= bench_worker();
}

/* Queues $n jobs of $job ("Class@method") with empty data, one push each. */
function bench_push(int $n, string $job): void
{
    $w = bench_producer();
    for ($i = 0; $i < $n; $i++) {
        $w->push($job, []);
    }
}

/* Fails unless the app's listeners (QW_APP_LISTENERS=1) each ran $n times in the worker that just stopped. */
function bench_expect_listeners(QwLaravelApp $app, int $n, string $when): void
{
    $want = "processing=$n processed=$n failed=0 before=$n after=$n";
    $got = trim((string) @file_get_contents($app->base . '/storage/listeners.log'));
    if ($got !== $want) {
        throw new RuntimeException("$when: expected the listeners' counts \"$want\", found \"$got\"");
    }
}

/* One run of $command (queue:work or qworker:work) at $prefetch on $n Nothing jobs; $n = 0 is the boot run. */
function bench_laravel(QwLaravelApp $app, string $command, int $prefetch, int $n): array
{
    $prefix = $app->env()['QW_APP_PREFIX'];
    /* The app reads qworker.prefetch from QWORKER_PREFETCH (QwLaravelApp::env()). */
    $app->command = $command;
    $app->prefetch = $prefetch;
    bench_flush();
    $app->reset();
    if ($n > 0) {
        (new BenchProcess('qwtest:dispatch-many', $app->artisanCommand(['qwtest:dispatch-many', (string) $n]), $app->env()))->finish();
    }
    bench_expect_queue($prefix, $n, "$command, before");
    $m = bench_measure($command, $app->artisanCommand([$command, 'redis', '--stop-when-empty', '--sleep=0']), $app->env(),
        function (BenchProcess $p) use ($app, $command, $n) {
            if ($p->countLines("running Laravel's own worker") > 0) {
                throw new RuntimeException("$command ran Laravel's worker, not qworker:\n" . $p->tail());
            }
            /* The line of a job done: 8.83's "[...] Processed:  Name", 11+'s "  date Name .... 1.23ms DONE". */
            if (($done = $p->countLines($app->fw === '8' ? 'Processed:' : " DONE\n")) !== $n) {
                throw new RuntimeException("$command processed $done jobs, not $n:\n" . $p->tail());
            }
        });
    bench_expect_queue($prefix, 0, "$command, after");
    if (($app->appEnv['QW_APP_LISTENERS'] ?? '') === '1') {
        bench_expect_listeners($app, $n, $command);
    }
    return $m;
}

/*
 * Laravel's per-job machinery without Redis: `qwtest:machinery $n` in the
 * app (Worker::process() on SyncJobs of App\Jobs\Nothing, through the app's
 * listeners), with $lines also queue:work's console lines. Returns its CPU
 * and wall µs per job, the loop alone.
 */
function bench_machinery(QwLaravelApp $app, int $n, bool $lines = false): array
{
    $app->reset();
    $p = (new BenchProcess('qwtest:machinery', $app->artisanCommand(array_merge(['qwtest:machinery', (string) $n], $lines ? ['--lines'] : [])), $app->env()))->finish();
    if (!preg_match("/^machinery $n jobs: cpu_us ([\d.]+) wall_us ([\d.]+)$/m", $p->output(), $m)) {
        throw new RuntimeException("qwtest:machinery: no result in:\n" . $p->tail());
    }
    $listeners = "processing=$n processed=$n failed=0 before=$n after=$n";
    if (($app->appEnv['QW_APP_LISTENERS'] ?? '') === '1' && !str_contains($p->output(), "listeners: $listeners\n")) {
        throw new RuntimeException("qwtest:machinery: expected \"listeners: $listeners\" in:\n" . $p->tail());
    }
    return ['cpu' => (float) $m[1], 'wall' => (float) $m[2]];
}

/* One run of the native daemon on $n BenchJob@handle jobs; $n = 0 is the boot run. */
function bench_native(int $n, int $prefetch): array
{
    bench_flush();
    bench_push($n, 'BenchJob@handle');
    $m = bench_measure('native worker', array_merge(bench_php(), [BENCH_WORKER, 'drain', (string) $prefetch]), [],
        function (BenchProcess $p) use ($n) {
            if (!preg_match('/^done (\d+)$/m', $p->output(), $done) || (int) $done[1] !== $n) {
                throw new RuntimeException("native worker: expected \"done $n\", got:\n" . $p->tail());
            }
        });
    bench_expect_queue(bench_prefix(), 0, 'native worker, after');
    return $m;
}

/* Whether daemon() takes a `prefetch` option: unknown options throw ValueError before any pop. */
function bench_has_prefetch(): bool
{
    bench_flush();
    try {
        bench_producer()->daemon('redis', 'default', ['prefetch' => 32, 'stop_when_empty' => true, 'sleep' => 0]);
        return true;
    } catch (ValueError $e) {
        return false;
    }
}

/* redis-benchmark's LPOP with one connection, as a row of the table. */
function bench_redis_benchmark(int $requests): array
{
    bench_flush();
    $start = bench_stats_reset();
    $p = new BenchProcess('redis-benchmark', ['redis-benchmark', '-h', bench_getenv('QWORKER_TEST_REDIS_HOST'), '-p', bench_getenv('QWORKER_TEST_REDIS_PORT'),
        '-c', '1', '-n', (string) $requests, '-q', '-t', 'lpop']);
    if (!preg_match_all('/LPOP: ([\d.]+) requests per second/', $p->finish()->output(), $m)) {
        throw new RuntimeException("redis-benchmark: no requests per second in:\n" . $p->tail());
    }
    return ['rate' => (float) end($m[1])] + bench_stats_since($start);
}

/* Clock ticks per second: the unit of /proc/PID/stat times. */
function bench_clock_ticks(): int
{
    static $hz = null;
    return $hz ??= (int) trim((string) shell_exec('getconf CLK_TCK'));
}

/* utime + stime of a process, in seconds. */
function bench_proc_cpu(int $pid): float
{
    $stat = @file_get_contents("/proc/$pid/stat");
    if ($stat === false) {
        throw new RuntimeException("process $pid is gone");
    }
    $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
    return ((int) $fields[11] + (int) $fields[12]) / bench_clock_ticks();
}

/* (a) CPU of a native daemon waiting (block_for=5) on an empty queue. */
function bench_idle(int $seconds): array
{
    bench_flush();
    $p = new BenchProcess('idle native worker', array_merge(bench_php(), [BENCH_WORKER, 'idle']));
    $pid = (int) $p->waitFor('/^ready (\d+)$/m')[1];
    usleep(500000); /* past its start-up, into the blocking pop */
    $start = bench_stats_reset();
    $t = hrtime(true);
    $cpu = bench_proc_cpu($pid);
    sleep($seconds);
    $cpu = bench_proc_cpu($pid) - $cpu;
    $t = (hrtime(true) - $t) / 1e9;
    $stats = bench_stats_since($start);
    posix_kill($pid, SIGTERM);
    $p->finish();
    return ['pct' => 100 * $cpu / $t, 'seconds' => $t] + $stats;
}

/* (b) Push-to-start latency of $count jobs pushed one every 20 ms to a native daemon blocked on block_for=5. */
function bench_latency(int $count): array
{
    bench_flush();
    $file = tempnam(sys_get_temp_dir(), 'bench-latency');
    $p = new BenchProcess('latency native worker', array_merge(bench_php(), [BENCH_WORKER, 'latency', $file, (string) $count]));
    $p->waitFor('/^ready \d+$/m');
    usleep(200000); /* into the blocking pop */
    $w = bench_producer();
    for ($i = 0; $i < $count; $i++) {
        $w->push('BenchJob@latency', ['t' => microtime(true)]);
        usleep(BENCH_LATENCY_INTERVAL_US);
    }
    $p->finish();
    $ms = array_map(fn ($l) => 1000 * (float) $l, file($file, FILE_IGNORE_NEW_LINES));
    unlink($file);
    if (count($ms) !== $count) {
        throw new RuntimeException('latency: ' . count($ms) . " jobs ran, not $count");
    }
    sort($ms);
    $rank = fn (float $q) => $ms[(int) ceil($q * $count) - 1];
    return ['p50' => $rank(0.50), 'p99' => $rank(0.99), 'max' => end($ms)];
}

/* (c) VmRSS of a native daemon after BENCH_RSS_FIRST and after $jobs jobs. */
function bench_rss(int $jobs): array
{
    bench_flush();
    bench_push($jobs, 'BenchJob@rss');
    $p = new BenchProcess('rss native worker', array_merge(bench_php(), [BENCH_WORKER, 'rss', (string) BENCH_RSS_FIRST, (string) $jobs]));
    $out = $p->finish()->output();
    preg_match_all('/^rss (\d+) (\d+)$/m', $out, $m);
    $rss = array_combine(array_map('intval', $m[1]), array_map('intval', $m[2]));
    if (!isset($rss[BENCH_RSS_FIRST], $rss[$jobs])) {
        throw new RuntimeException("rss: expected VmRSS at " . BENCH_RSS_FIRST . " and $jobs jobs, got:\n$out");
    }
    return $rss;
}

/* Pads to a width in characters (the table has "µ"), right-aligned unless $left. */
function bench_pad(string $s, int $width, bool $left = false): string
{
    $fill = str_repeat(' ', max(0, $width - mb_strlen($s)));
    return $left ? $s . $fill : $fill . $s;
}

/* An aligned text table: first column left, the others right. */
function bench_text_table(array $header, array $rows): string
{
    $widths = [];
    foreach (array_merge([$header], $rows) as $row) {
        foreach ($row as $i => $cell) {
            $widths[$i] = max($widths[$i] ?? 0, mb_strlen($cell));
        }
    }
    $lines = [];
    foreach (array_merge([$header], $rows) as $row) {
        $cells = [];
        foreach ($row as $i => $cell) {
            $cells[] = bench_pad($cell, $widths[$i], $i === 0);
        }
        $lines[] = rtrim(implode('  ', $cells));
    }
    array_splice($lines, 1, 0, [str_repeat('-', mb_strlen($lines[0]))]);
    return implode("\n", $lines) . "\n";
}

function bench_markdown_table(array $header, array $rows): string
{
    $line = fn (array $cells) => '| ' . implode(' | ', $cells) . " |\n";
    $rule = array_map(fn ($i) => $i === 0 ? '---' : '---:', array_keys($header));
    return $line($header) . $line($rule) . implode('', array_map($line, $rows));
}

function bench_num(float $v, int $decimals = 0): string
{
    return number_format($v, $decimals, '.', '');
}

/* "name 1.00, name 0.50": calls per job, leaving out those made less than once per 100 jobs. */
function bench_calls_per_job(array $calls, int $n): string
{
    $parts = [];
    foreach ($calls as $name => $c) {
        if ($c / $n >= 0.01) {
            $parts[] = $name . ' ' . bench_num($c / $n, 2);
        }
    }
    return implode(', ', $parts);
}

/* "name 2, name 1": calls. */
function bench_calls_list(array $calls): string
{
    return implode(', ', array_map(fn ($name, $c) => "$name $c", array_keys($calls), $calls)) ?: 'none';
}

/* The median of $values (nulls left out); null when none is left. */
function bench_median(array $values): ?float
{
    $values = array_values(array_filter($values, fn ($v) => $v !== null));
    if (!$values) {
        return null;
    }
    sort($values);
    $mid = intdiv(count($values), 2);
    return count($values) % 2 ? (float) $values[$mid] : ($values[$mid - 1] + $values[$mid]) / 2;
}

/* "median (min–max)" of $values, or only the median with one round; "-" when none. */
function bench_spread(array $values, int $decimals = 0): string
{
    $values = array_filter($values, fn ($v) => $v !== null);
    if (!$values) {
        return '-';
    }
    $median = bench_num(bench_median($values), $decimals);
    return count($values) > 1 ? sprintf('%s (%s–%s)', $median, bench_num(min($values), $decimals), bench_num(max($values), $decimals)) : $median;
}

/*
 * One round of a worker, from its boot run and its run on $n jobs: jobs/s,
 * drain jobs/s (null when noise makes the boot run the longer one: tiny
 * BENCH_JOBS), CPU µs/job over the whole run and drained (less the boot
 * run's), peak RSS, Redis' CPU µs, commands and round trips per job, and
 * its commands by name.
 */
function bench_round(array $boot, array $run, int $n): array
{
    return [
        'rate' => $n / $run['wall'],
        'drain' => $run['wall'] > $boot['wall'] ? $n / ($run['wall'] - $boot['wall']) : null,
        'cpu' => 1e6 * $run['cpu'] / $n,
        'cpu_drain' => 1e6 * ($run['cpu'] - $boot['cpu']) / $n,
        'rss' => $run['rss'],
        'redis_cpu' => 1e6 * $run['redis_cpu'] / $n,
        'cmds' => array_sum($run['calls']) / $n,
        'reads' => $run['reads'] / $n,
        'calls' => $run['calls'],
    ];
}

/* "2.72×", or "-" when a rate is missing. */
function bench_ratio(?float $rate, ?float $base): string
{
    return $rate === null || $base === null ? '-' : bench_num($rate / $base, 2) . '×';
}

/*
 * The table: one row per worker (medians over the rounds, spreads where
 * they say something), then redis-benchmark's; rates compared with
 * queue:work's median drain rate. $rounds: name => list of bench_round().
 */
function bench_table(array $rounds, array $lpop, int $requests): array
{
    $header = ['worker', 'jobs/s', 'drain jobs/s', 'vs queue:work', 'worker CPU µs/job', 'drain CPU µs/job', 'Redis CPU µs/job',
        'Redis cmds/job', 'round trips/job', 'worker peak RSS KB'];
    $base = bench_median(array_column(reset($rounds), 'drain')); /* queue:work's */
    $rows = [];
    foreach ($rounds as $name => $r) {
        $rows[] = [$name, bench_spread(array_column($r, 'rate')), bench_spread(array_column($r, 'drain')),
            bench_ratio(bench_median(array_column($r, 'drain')), $base),
            bench_spread(array_column($r, 'cpu'), 1), bench_spread(array_column($r, 'cpu_drain'), 1),
            bench_num(bench_median(array_column($r, 'redis_cpu')), 1), bench_num(bench_median(array_column($r, 'cmds')), 2),
            bench_num(bench_median(array_column($r, 'reads')), 2), bench_spread(array_column($r, 'rss'))];
    }
    $rows[] = ['redis-benchmark LPOP -c 1 (requests)', bench_num($lpop['rate']), '-', bench_ratio($lpop['rate'], $base), '-', '-',
        bench_num(1e6 * $lpop['redis_cpu'] / $requests, 1), bench_num(array_sum($lpop['calls']) / $requests, 2),
        bench_num($lpop['reads'] / $requests, 2), '-'];
    return [$header, $rows];
}

/* The drain ratios against queue:work of the same round, one column per round, then the medians'. */
function bench_round_table(array $rounds): array
{
    $count = count(reset($rounds));
    $header = array_merge(['drain vs queue:work'], array_map(fn ($i) => 'round ' . ($i + 1), range(0, $count - 1)), ['of the medians']);
    $base = array_column(reset($rounds), 'drain');
    $rows = [];
    foreach ($rounds as $name => $r) {
        $row = [$name];
        foreach ($r as $i => $round) {
            $row[] = bench_ratio($round['drain'], $base[$i]);
        }
        $row[] = bench_ratio(bench_median(array_column($r, 'drain')), bench_median($base));
        $rows[] = $row;
    }
    return [$header, $rows];
}

/*
 * The lines on the targets: qworker:work's drain rates against queue:work's
 * at prefetch 1 and 32, and its drain CPU per job over Laravel's machinery
 * ($machinery: list of bench_machinery()), and over the machinery with
 * queue:work's console lines ($machineryLines), which both workers print.
 */
function bench_targets(array $rounds, array $machinery, array $machineryLines, string $p1, string $p32): array
{
    $base = bench_median(array_column(reset($rounds), 'drain'));
    $met = fn (bool $ok) => $ok ? 'met' : 'missed';
    $lines = [];
    foreach ([[$p1, BENCH_TARGET_P1], [$p32, BENCH_TARGET_P32]] as [$name, $target]) {
        $drain = bench_median(array_column($rounds[$name], 'drain'));
        $lines[] = sprintf('%s: %s queue:work\'s drain rate (target %s×): %s', $name, bench_ratio($drain, $base), bench_num($target, 0),
            $drain === null || $base === null ? 'not measured' : $met($drain / $base >= $target));
    }
    foreach (['Laravel machinery' => $machinery, 'Laravel machinery with the console lines' => $machineryLines] as $what => $runs) {
        $laravel = bench_median(array_column($runs, 'cpu'));
        $lines[] = sprintf('%s (Worker::process() on SyncJobs of App\Jobs\Nothing, no Redis, the same app%s): %s µs CPU/job, %s µs wall/job', $what,
            $runs === $machineryLines ? ', queue:work\'s console-line listeners' : '', bench_spread(array_column($runs, 'cpu'), 1), bench_spread(array_column($runs, 'wall'), 1));
        foreach (array_keys($rounds) as $name) {
            if (!str_starts_with($name, 'QWorker::daemon()')) {
                $cpu = bench_median(array_column($rounds[$name], 'cpu_drain'));
                $lines[] = sprintf('  %s: drain CPU %s µs/job - %s = %+.1f µs/job (budget +%s µs)%s', $name, bench_num($cpu, 1), bench_num($laravel, 1),
                    $cpu - $laravel, bench_num(BENCH_TARGET_CPU_US, 0), str_starts_with($name, 'qworker:work') ? ': ' . $met($cpu - $laravel <= BENCH_TARGET_CPU_US) : '');
            }
        }
    }
    return $lines;
}

function bench_main(): void
{
    $quick = getenv('BENCH_QUICK') === '1';
    $n = bench_env_int('BENCH_JOBS', $quick ? 1000 : 20000);
    $roundCount = bench_env_int('BENCH_ROUNDS', 3);
    $listeners = getenv('BENCH_LISTENERS') !== '0';
    $idleSeconds = bench_env_int('BENCH_IDLE_SECONDS', $quick ? 5 : 30);
    $rssJobs = bench_env_int('BENCH_RSS_JOBS', 200000);
    $latencyJobs = $quick ? 100 : 200;
    $requests = $quick ? 20000 : 100000;
    BenchProcess::$timeout = bench_env_int('BENCH_TIMEOUT', 600);
    if (!$quick && $rssJobs <= BENCH_RSS_FIRST) {
        throw new RuntimeException('BENCH_RSS_JOBS must be more than ' . BENCH_RSS_FIRST);
    }
    $appListeners = $listeners ? 'the app with its queue listeners (QW_APP_LISTENERS=1)' : 'the app without listeners (BENCH_LISTENERS=0)';

    printf("qworker %s benchmark: %d jobs per worker, median of %d alternating rounds, %s; PHP %s, redis-server %s on %s:%d, %d CPUs, load %s%s\n",
        phpversion('qworker'), $n, $roundCount, $appListeners, PHP_VERSION, bench_info('server')['redis_version'], bench_getenv('QWORKER_TEST_REDIS_HOST'),
        (int) bench_getenv('QWORKER_TEST_REDIS_PORT'), (int) trim((string) shell_exec('nproc')), implode(' ', array_map(fn ($l) => bench_num($l, 2), sys_getloadavg())),
        $quick ? ' (BENCH_QUICK=1)' : '');

    /* BENCH_LARAVEL: 8 (Debian's 8.83) or the Composer Laravel that bench/run.sh installed. */
    $fw = getenv('BENCH_LARAVEL') ?: '8';
    $laravel = $fw === '8' ? 'Laravel 8.83' : "Laravel $fw";
    $why = QwLaravelApp::unavailable($fw);
    if ($why !== null) {
        throw new RuntimeException("the Laravel app cannot run: $why");
    }
    $app = new QwLaravelApp($fw, bench_prefix() . "l$fw:");
    $app->appEnv = ['QW_APP_NO_RECORD' => '1'] + ($listeners ? ['QW_APP_LISTENERS' => '1'] : []);
    $p1 = "qworker:work ($laravel)";
    $p32 = "$p1 prefetch 32";
    /* name => function (int $n): one run on $n jobs, each from FLUSHALL; $n = 0 is the boot run. */
    $workers = [
        "queue:work ($laravel)" => fn (int $jobs) => bench_laravel($app, 'queue:work', 1, $jobs),
        $p1 => fn (int $jobs) => bench_laravel($app, 'qworker:work', 1, $jobs),
        $p32 => fn (int $jobs) => bench_laravel($app, 'qworker:work', 32, $jobs),
    ];
    $prefetches = bench_has_prefetch() ? [1, 32] : [1];
    foreach ($prefetches as $prefetch) {
        $workers["QWorker::daemon() prefetch $prefetch"] = fn (int $jobs) => bench_native($jobs, $prefetch);
    }
    /* name => list of bench_round(), one per round */
    $rounds = [];
    $boots = [];
    $machinery = $machineryLines = [];
    try {
        for ($round = 1; $round <= $roundCount; $round++) {
            foreach ($workers as $name => $run) {
                echo "-- round $round/$roundCount: $name\n";
                $boot = $run(0);
                $rounds[$name][] = bench_round($boot, $run($n), $n);
                $boots[$name][] = $boot;
            }
            echo "-- round $round/$roundCount: Laravel machinery (qwtest:machinery, and with --lines)\n";
            $machinery[] = bench_machinery($app, $n);
            $machineryLines[] = bench_machinery($app, $n, true);
        }
    } finally {
        /* Its destructor deletes the app's keys: after a failure Redis may be gone, and the failure is what to report. */
        try {
            unset($workers, $app);
        } catch (Throwable $e) {
        }
    }
    echo "-- redis-benchmark -c 1 -n $requests -t lpop\n";
    $lpop = bench_redis_benchmark($requests);

    echo "-- (a) idle daemon, {$idleSeconds} s\n";
    $idle = bench_idle($idleSeconds);
    echo "-- (b) push-to-start latency, $latencyJobs jobs\n";
    $latency = bench_latency($latencyJobs);
    if (!$quick) {
        echo "-- (c) RSS over $rssJobs jobs\n";
        $rss = bench_rss($rssJobs);
    }

    [$header, $rows] = bench_table($rounds, $lpop, $requests);
    [$roundHeader, $roundRows] = bench_round_table($rounds);
    $targets = bench_targets($rounds, $machinery, $machineryLines, $p1, $p32);
    echo "\n";
    echo "Median of $roundCount rounds (min–max), each worker once per round in turn, $appListeners\n";
    echo "(the native daemon runs no Laravel). jobs/s: N / wall time from the worker's start to its exit. drain: N / (that\n";
    echo "time - the same worker's empty-queue run: boot, one empty pass, exit), the rate once it runs; \"vs queue:work\"\n";
    echo "compares median drain rates. Worker CPU (to 10 ms) and peak RSS: the worker process over its whole run\n";
    echo "(/usr/bin/time); drain CPU leaves out the empty-queue run's. Redis, from INFO: CPU, commands (commandstats, which\n";
    echo "counts those Lua scripts call too), round trips (total_reads_processed: one per request or pipelined batch).\n";
    echo "redis-benchmark runs once.\n\n";
    echo bench_text_table($header, $rows);
    if (count($prefetches) === 1) {
        echo "prefetch 32: not implemented\n";
    }
    echo "\nPer round:\n\n", bench_text_table($roundHeader, $roundRows);
    echo "\nAgainst the targets:\n", implode('', array_map(fn ($l) => "  $l\n", $targets));

    echo "\nEmpty-queue runs (boot, one empty pass, exit), median:\n";
    foreach ($boots as $name => $b) {
        printf("  %-42s %6.1f ms wall, %4.0f ms CPU, %d KB peak RSS\n", $name, 1000 * bench_median(array_column($b, 'wall')),
            1000 * bench_median(array_column($b, 'cpu')), bench_median(array_column($b, 'rss')));
    }
    echo "\nRedis commands per job, by name (round 1):\n";
    foreach ($rounds as $name => $r) {
        printf("  %-42s %s\n", $name, bench_calls_per_job($r[0]['calls'], $n));
    }

    $extras = [
        sprintf('(a) idle CPU of a native daemon, block_for=5, empty queue: %.2f%% of one core over %.0f s, in %d ms ticks (Redis meanwhile: %d round trips; %s)',
            $idle['pct'], $idle['seconds'], 1000 / bench_clock_ticks(), $idle['reads'], bench_calls_list($idle['calls'])),
        sprintf('(b) push-to-start latency, native daemon, block_for=5, %d jobs pushed one every %d ms: p50 %.3f ms, p99 %.3f ms, max %.3f ms',
            $latencyJobs, BENCH_LATENCY_INTERVAL_US / 1000, $latency['p50'], $latency['p99'], $latency['max']),
        isset($rss)
            ? sprintf('(c) RSS of a native daemon: %d KB after %d jobs, %d KB after %d jobs: %+d KB',
                $rss[BENCH_RSS_FIRST], BENCH_RSS_FIRST, $rss[$rssJobs], $rssJobs, $rss[$rssJobs] - $rss[BENCH_RSS_FIRST])
            : '(c) RSS over many jobs: skipped (BENCH_QUICK=1)',
    ];
    echo "\n", implode("\n", $extras), "\n";

    echo "\nMarkdown:\n\n";
    echo bench_markdown_table($header, $rows), "\n";
    echo bench_markdown_table($roundHeader, $roundRows), "\n";
    echo implode("\n", array_map(fn ($l) => "- $l", array_merge($targets, $extras))), "\n";
}

try {
    bench_main();
} catch (Throwable $e) {
    fwrite(STDERR, 'bench: error: ' . $e->getMessage() . "\n");
    exit(1);
}
