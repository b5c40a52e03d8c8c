<?php
/*
 * bench/soak.php: the soak test (tools/memory/soak.sh sets up PHP and Redis, then
 * runs this). SOAK_JOBS (default 1,000,000) mixed `SoakJob@handle` jobs go
 * through one QWorker::daemon() (tries 2, backoff 0, prefetch SOAK_PREFETCH)
 * in a child process, while this process, the producer, keeps feeding the
 * queue in batches (SOAK_BATCH jobs per RPUSH, up to SOAK_BACKLOG ready) so
 * that Redis' memory stays bounded (at most SOAK_BACKLOG + SOAK_BATCH ready;
 * each batch is one MULTI/EXEC of the jobs' RPUSH and their :notify entries,
 * atomic as Laravel's push script). Job i (data {"i": i}) is, by i % 10:
 *
 *   0-7  ok:   deletes itself                         -> 1 run, succeeded
 *   8    once: throws on attempt 1, deletes on 2      -> 2 runs, 1 release, succeeded
 *   9    fail: throws on every attempt                -> 2 runs, 1 release, failed
 *
 * The worker counts in fixed-size state (no per-job growth): handler runs per
 * kind, successes, failer calls, exception handler reports, the
 * released_after_exception, failed and after (successful runs only) hooks,
 * and a bitmap of the job ids that ended (a second end is a duplicate). When succeeded + failed
 * reaches SOAK_JOBS it signals itself SIGTERM and daemon() stops. It reports
 * its VmRSS before daemon() starts, after SOAK_WARMUP ended jobs (50,000),
 * every SOAK_RSS_EVERY (100,000), at the last one and after daemon() returned.
 *
 * Checked at the end, each a failure when off: the worker's exit status (0),
 * every count against what the mix implies, no duplicate, no job ended twice
 * or never, no key left in the (private, flushed at start) Redis: ready,
 * delayed, reserved, :notify or any other, and the RSS growth from the warm-up point
 * to the last job within SOAK_RSS_LIMIT_KB (1024). A worker that stops making
 * progress for SOAK_STALL seconds (30) or outlives SOAK_TIMEOUT (3600) fails.
 *
 * Modes: `soak.php` (the driver) and `soak.php worker N PREFETCH` (the worker
 * the driver starts, with the php command line of QWORKER_TEST_PHP_ARGS).
 * Prints the figures; exits 1 on any mismatch.
 */
declare(strict_types=1);

require __DIR__ . '/lib.php';

function soak_env_int(string $name, int $default): int
{
    $v = getenv($name);
    if ($v === false || $v === '') {
        return $default;
    }
    if (!ctype_digit($v) || (int) $v < 1) {
        fwrite(STDERR, "soak: $name must be a positive integer, not \"$v\"\n");
        exit(2);
    }
    return (int) $v;
}

/* How many of job ids 0..$n-1 have i % 10 == $r. */
function soak_count(int $n, int $r): int
{
    return $n > $r ? intdiv($n - $r - 1, 10) + 1 : 0;
}

function soak_rss_kb(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', (string) file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

/* ------------------------------------------------------------------ worker */

final class SoakJob
{
    public static int $total = 0;
    public static int $warmup = 0;
    public static int $rssEvery = 0;
    public static array $c = [
        'runs_ok' => 0, 'runs_once' => 0, 'runs_fail' => 0, 'succeeded' => 0, 'failed' => 0,
        'reports' => 0, 'released_hook' => 0, 'failed_hook' => 0, 'after_hook' => 0,
        'duplicates' => 0, 'bad_attempts' => 0, 'bad_data' => 0,
    ];
    public static string $seen = '';
    public static int $ended = 0;

    public function handle(QWorker\Job $job, $data): void
    {
        $i = is_array($data) && is_int($data['i'] ?? null) ? $data['i'] : -1;
        if ($i < 0 || $i >= self::$total) {
            self::$c['bad_data']++;
            $job->delete();
            return;
        }
        $attempt = $job->attempts();
        switch ($i % 10) {
            case 8:
                self::$c['runs_once']++;
                if ($attempt === 1) {
                    throw new RuntimeException('once');
                }
                if ($attempt !== 2) {
                    self::$c['bad_attempts']++;
                }
                break;
            case 9:
                self::$c['runs_fail']++;
                if ($attempt !== 1 && $attempt !== 2) {
                    self::$c['bad_attempts']++;
                }
                throw new RuntimeException('fail');
            default:
                self::$c['runs_ok']++;
                if ($attempt !== 1) {
                    self::$c['bad_attempts']++;
                }
        }
        $job->delete();
        self::$c['succeeded']++;
        self::ended($i);
    }

    /* Job $i reached its end (deleted after success, or failed). */
    public static function ended(int $i): void
    {
        $byte = $i >> 3;
        $bit = 1 << ($i & 7);
        $old = ord(self::$seen[$byte]);
        if ($old & $bit) {
            self::$c['duplicates']++;
        } else {
            self::$seen[$byte] = chr($old | $bit);
        }
        $n = ++self::$ended;
        if ($n === self::$warmup || $n === self::$total || ($n > self::$warmup && $n % self::$rssEvery === 0)) {
            printf("rss %d %d %d\n", $n, soak_rss_kb(), memory_get_usage());
        }
        if ($n === self::$total) {
            posix_kill(getmypid(), SIGTERM); /* daemon() stops after this job */
        }
    }
}

function soak_worker(int $total, int $prefetch): int
{
    SoakJob::$total = $total;
    SoakJob::$warmup = min(soak_env_int('SOAK_WARMUP', 50000), $total);
    SoakJob::$rssEvery = soak_env_int('SOAK_RSS_EVERY', 100000);
    SoakJob::$seen = str_repeat("\0", ($total >> 3) + 1); /* written now: its pages count from the start */
    /* The first reading compiles its regex (PCRE JIT: ~200 KB of RSS); not in the figures. */
    printf("rss-start 0 %d %d\n", soak_rss_kb(), memory_get_usage());

    $w = bench_worker();
    $w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job): void {
        SoakJob::$c['reports']++;
    });
    $w->setFailer(function (string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job): void {
        SoakJob::$c['failed']++;
        $i = json_decode($payload, true)['data']['i'] ?? -1;
        if (!is_int($i) || $i < 0 || $i >= SoakJob::$total || $i % 10 !== 9) {
            SoakJob::$c['bad_data']++;
            return;
        }
        SoakJob::ended($i);
    });
    $w->on('released_after_exception', function (string $connection, QWorker\Job $job, int $delay): void {
        SoakJob::$c['released_hook']++;
    });
    $w->on('failed', function (string $connection, QWorker\Job $job, Throwable $e): void {
        SoakJob::$c['failed_hook']++;
    });
    $w->on('after', function (...$args): void {
        SoakJob::$c['after_hook']++;
    });
    $options = ['sleep' => 0.01, 'tries' => 2, 'backoff' => 0];
    if ($prefetch > 1) {
        $options['prefetch'] = $prefetch;
    }
    echo "ready ", getmypid(), "\n";
    $status = $w->daemon('redis', 'default', $options);
    printf("exit-rss %d %d %d\n", SoakJob::$ended, soak_rss_kb(), memory_get_usage());
    echo 'result ', json_encode(SoakJob::$c + ['ended' => SoakJob::$ended, 'status' => $status]), "\n";
    return $status;
}

/* ------------------------------------------------------------------ driver */

/* A Laravel payload, as QWorker::push() writes it, for job $i. */
function soak_payload(int $i): string
{
    $b = random_bytes(16);
    $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
    $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
    $uuid = vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
    $id = substr(strtr(base64_encode(random_bytes(24)), '+/=', 'xyz'), 0, 32);
    return '{"uuid":"' . $uuid . '","displayName":"SoakJob","job":"SoakJob@handle","maxTries":null,'
        . '"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"i":' . $i
        . '},"id":"' . $id . '","attempts":0}';
}

function soak_driver(): int
{
    $total = soak_env_int('SOAK_JOBS', 1000000);
    $prefetch = soak_env_int('SOAK_PREFETCH', 1);
    $batch = soak_env_int('SOAK_BATCH', 5000);
    $backlog = soak_env_int('SOAK_BACKLOG', 20000);
    $warmup = min(soak_env_int('SOAK_WARMUP', 50000), $total);
    $limitKb = soak_env_int('SOAK_RSS_LIMIT_KB', 1024);
    $stall = soak_env_int('SOAK_STALL', 30);
    $timeout = soak_env_int('SOAK_TIMEOUT', 3600);
    $prefix = bench_prefix();
    $q = $prefix . 'queues:default';
    $r = bench_redis();
    $r->flushAll();
    $r->rawCommand('CONFIG', 'RESETSTAT');

    printf("soak: %d jobs (%d ok, %d throw once, %d always fail), tries 2, backoff 0, prefetch %d; batches of %d, backlog <= %d\n",
        $total, $total - soak_count($total, 8) - soak_count($total, 9), soak_count($total, 8), soak_count($total, 9),
        $prefetch, $batch, $backlog);

    $out = tempnam(sys_get_temp_dir(), 'soak-worker');
    $php = array_values(array_filter(explode("\n", (string) getenv('QWORKER_TEST_PHP_ARGS')), 'strlen')) ?: ['-n'];
    $start = hrtime(true);
    $proc = proc_open(
        array_merge([PHP_BINARY], $php, [__FILE__, 'worker', (string) $total, (string) $prefetch]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['redirect', 1]],
        $pipes,
        null,
        ['QWORKER_TEST_PREFIX' => $prefix] + getenv()
    );
    if (!is_resource($proc)) {
        fwrite(STDERR, "soak: cannot start the worker\n");
        return 1;
    }

    $pushed = 0;
    $maxReady = 0;
    $lastProgress = '';
    $lastChange = microtime(true);
    $nextReport = 100000;
    $status = null;
    $errors = [];
    while (true) {
        $st = proc_get_status($proc);
        if (!$st['running']) {
            $status = $st['exitcode'];
            break;
        }
        $ready = (int) $r->lLen($q);
        $maxReady = max($maxReady, $ready);
        if ($pushed < $total && $ready < $backlog) {
            $n = min($batch, $total - $pushed);
            $payloads = [];
            for ($k = 0; $k < $n; $k++) {
                $payloads[] = soak_payload($pushed + $k);
            }
            /* One transaction, as Laravel's push script: a pop between the two
               RPUSHes would find no :notify entry to take, leaving one over. */
            $r->multi()->rPush($q, ...$payloads)->rPush("$q:notify", ...array_fill(0, $n, '1'))->exec();
            $pushed += $n;
            continue;
        }
        /* Progress: jobs not yet pushed or still in Redis. */
        $inRedis = $ready + (int) $r->zCard("$q:delayed") + (int) $r->zCard("$q:reserved");
        $progress = "$pushed/$inRedis";
        if ($progress !== $lastProgress) {
            $lastProgress = $progress;
            $lastChange = microtime(true);
        } elseif (microtime(true) - $lastChange > $stall) {
            $errors[] = "no progress for $stall s ($pushed pushed, $inRedis in Redis): worker stopped";
            break;
        }
        if ((hrtime(true) - $start) / 1e9 > $timeout) {
            $errors[] = "still running after $timeout s: worker stopped";
            break;
        }
        $gone = $pushed - $inRedis;
        if ($gone >= $nextReport) {
            printf("  %7.1f s  %d pushed, ~%d done\n", (hrtime(true) - $start) / 1e9, $pushed, $gone);
            $nextReport += 100000;
        }
        usleep(20000);
    }
    if ($status === null) {
        proc_terminate($proc, SIGKILL);
    }
    proc_close($proc);
    $wall = (hrtime(true) - $start) / 1e9;
    $output = (string) file_get_contents($out);
    unlink($out);

    /* The worker's figures. */
    $result = null;
    $rss = [];
    foreach (explode("\n", $output) as $line) {
        if (str_starts_with($line, 'result ')) {
            $result = json_decode(substr($line, 7), true);
        } elseif (preg_match('/^(rss-start|rss|exit-rss) (\d+) (\d+) (\d+)$/', $line, $m)) {
            $rss[] = [$m[1], (int) $m[2], (int) $m[3], (int) $m[4]];
        } elseif ($line !== '' && !str_starts_with($line, 'ready ')) {
            $errors[] = "worker output: $line";
        }
    }
    if ($status !== 0) {
        $errors[] = "worker exit status " . var_export($status, true);
    }

    /* What the mix implies. */
    $once = soak_count($total, 8);
    $fail = soak_count($total, 9);
    $ok = $total - $once - $fail;
    $expected = [
        'runs_ok' => $ok, 'runs_once' => 2 * $once, 'runs_fail' => 2 * $fail,
        'succeeded' => $ok + $once, 'failed' => $fail,
        'reports' => $once + 2 * $fail, 'released_hook' => $once + $fail, 'failed_hook' => $fail,
        'after_hook' => $ok + $once, /* JobProcessed: successful runs only */
        'duplicates' => 0, 'bad_attempts' => 0, 'bad_data' => 0, 'ended' => $total, 'status' => 0,
    ];
    printf("\n%-16s %12s %12s\n", 'count', 'expected', 'worker');
    printf("%-16s %12d %12d\n", 'pushed', $total, $pushed);
    if ($pushed !== $total) {
        $errors[] = "pushed $pushed of $total";
    }
    foreach ($expected as $k => $v) {
        $got = $result[$k] ?? null;
        printf("%-16s %12d %12s%s\n", $k, $v, $got === null ? '-' : (string) $got, $got === $v ? '' : '   MISMATCH');
        if ($got !== $v) {
            $errors[] = "$k: expected $v, worker counted " . var_export($got, true);
        }
    }
    if ($result !== null && $result['succeeded'] + $result['failed'] !== $pushed) {
        $errors[] = "pushed $pushed != succeeded + failed " . ($result['succeeded'] + $result['failed']);
    }

    /* Nothing may be left in Redis. */
    $left = [];
    foreach ($r->keys('*') as $key) {
        [$type, $size] = match ($r->type($key)) {
            Redis::REDIS_LIST => ['list', $r->lLen($key)], Redis::REDIS_ZSET => ['zset', $r->zCard($key)],
            Redis::REDIS_HASH => ['hash', $r->hLen($key)], Redis::REDIS_SET => ['set', $r->sCard($key)],
            default => ['string', $r->strlen($key)],
        };
        $left[] = "$key ($type, $size)";
    }
    echo "left in Redis:   ", $left ? implode(', ', $left) : 'nothing', "\n";
    if ($left) {
        $errors[] = 'left in Redis: ' . implode(', ', $left);
    }
    $mem = $r->info('memory');
    printf("Redis:           peak used_memory %.1f MB; most jobs ready at once %d\n", ($mem['used_memory_peak'] ?? 0) / 1048576, $maxReady);

    /* RSS. */
    echo "\nworker RSS (jobs ended, VmRSS KB, memory_get_usage bytes):\n";
    foreach ($rss as [$what, $n, $kb, $mu]) {
        printf("  %-8s %9d %9d KB %10d\n", $what, $n, $kb, $mu);
    }
    $at = array_column(array_filter($rss, fn ($x) => $x[0] === 'rss'), 2, 1);
    if (isset($at[$warmup], $at[$total])) {
        $growth = $at[$total] - $at[$warmup];
        printf("RSS growth from %d to %d jobs: %+d KB (limit %d KB)%s\n", $warmup, $total, $growth, $limitKb, $growth > $limitKb ? '   OVER' : '');
        if ($growth > $limitKb) {
            $errors[] = "RSS grew $growth KB from $warmup to $total jobs (limit $limitKb KB)";
        }
    } else {
        $errors[] = 'the worker did not report its RSS after the warm-up and at the end';
    }
    printf("\ntime: %.1f s for %d jobs (%d handler runs): %.0f jobs/s\n", $wall, $total, $ok + 2 * ($once + $fail), $total / $wall);

    if ($errors) {
        echo "\nsoak: FAILED\n";
        foreach (array_slice($errors, 0, 20) as $e) {
            echo "  - $e\n";
        }
        return 1;
    }
    echo "soak: ok\n";
    return 0;
}

if (($argv[1] ?? '') === 'worker') {
    exit(soak_worker((int) $argv[2], (int) $argv[3]));
}
exit(soak_driver());
