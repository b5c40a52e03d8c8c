<?php
/*
 * bench/profile.php: where `php artisan qworker:work` spends its time per
 * job (bench/profile.sh sets up PHP, Redis and the environment, then runs
 * this; docs/profile.md reads its output). For each framework of
 * PROFILE_LARAVELS (default "8 12": Debian's Laravel 8.83, the Composer
 * Laravel 12 in QWORKER_TEST_LARAVEL12), in the maintainers' app
 * (tools/laravel-app), App\Jobs\Nothing jobs queued by qwtest:dispatch-many:
 *
 *   1. whole runs: `queue:work` and `qworker:work` (prefetch 1) with
 *      --stop-when-empty --sleep=0 on PROFILE_JOBS jobs (20000) and on none
 *      (boot, one empty pass, exit), as they run and with COLUMNS=80; worker
 *      CPU (user+sys, and sys, /usr/bin/time) and wall time per job = (the
 *      jobs run's - the empty run's) / jobs, each the median of 3 runs;
 *   2. parts: bench/profile_parts.php in the same app, each part timed alone;
 *   3. with PROFILE_CALLGRIND=1, `qworker:work` under valgrind's callgrind
 *      on PROFILE_CG_JOBS jobs (2000) and on none: instructions per job,
 *      inclusive, of the C functions named in PROFILE_CG_FUNCS' default
 *      below, and the share of each in the run's per-job instructions;
 *   4. with PROFILE_VARIANTS (a comma list of PROFILE_PATCHES' names, or
 *      "all"), the same qworker:work run on a scratch copy of laravel/ with
 *      one part taken out at a time (no console lines, no reset scope, a
 *      cached resolver, events not dispatched, no hooks, GC off; and
 *      Laravel's own queue:work, "queue_work*"): its
 *      instructions per job under callgrind (PROFILE_VARIANT_MODE=callgrind,
 *      the default) or its CPU per job (=time, median of 3); the difference
 *      from "base" is what that part costs. The copy lives in the run's temp
 *      directory: the repository is not changed.
 *
 * Prints everything as "name value" lines; exits non-zero on any failure.
 */
declare(strict_types=1);

require __DIR__ . '/lib.php';
require __DIR__ . '/../tools/laravel-app/instance.php';

ini_set('zend.exception_ignore_args', '1');

/* The C functions callgrind's rows are read for (inclusive instructions). */
const PROFILE_CG_FUNCS = [
    'qw_daemon_run', 'qw_worker_next_job', 'qw_worker_process', 'qw_hooks_worker', 'qw_hooks_job', 'qw_hooks_callv',
    'qw_job_handler', 'qw_job_fire', 'qw_job_create', 'qw_queue_pop', 'qw_call', 'qw_payload_decode',
    'php_json_decode_ex', 'php_var_unserialize', 'php_pcre_match_impl', 'zend_std_read_dimension',
    'zend_lookup_class_ex', 'gc_possible_root', 'redisAppendCommandArgv', 'zend_call_function',
];

/*
 * The scratch variants: file under laravel/src => [search, replace], each
 * search found exactly once. COLUMNS=80 in the environment is the "columns"
 * variant's only change (Symfony's Terminal then runs no `stty -a`).
 */
const PROFILE_PATCHES = [
    'base' => [],
    'columns' => [],
    'no_output' => ['Console/WorkCommand.php' => ['    protected function runWorker($connection, $queue)',
        "    protected function listenForEvents()\n    {\n    }\n\n    protected function runWorker(\$connection, \$queue)"]],
    'no_reset_scope' => ['NativeWorker.php' => ['return [$this->exceptions, $this->resetScope ?? null];', 'return [$this->exceptions, null];']],
    'cached_resolver' => ['NativeWorker.php' => ['$handler = $this->app->make($class);',
        'static $made = []; $handler = $made[$class] ??= $this->app->make($class);']],
    'no_dispatch' => ['NativeWorker.php' => ['new EventHooks($this->app, $this->app[\'events\'],',
        'new EventHooks($this->app, new \\Illuminate\\Events\\NullDispatcher($this->app[\'events\']),']],
    'no_hooks' => ['NativeWorker.php' => ['$events->attach($native, $exceptions,', 'if (false) $events->attach($native, $exceptions,']],
    'no_gc' => ['NativeWorker.php' => ['$status = $native->daemon(', 'gc_disable(); $status = $native->daemon(']],
    /* Laravel's own queue:work, as it runs and with COLUMNS=80. */
    'queue_work' => [],
    'queue_work_columns' => [],
];

/*
 * A copy of laravel/ in the temp directory with $variant's patches, made the
 * package the app instance loads: its vendor/autoload.php then puts a loader
 * of the copy's QWorker\Laravel classes before the framework's.
 */
function profile_scratch(QwLaravelApp $app, string $variant): void
{
    $copy = sys_get_temp_dir() . "/scratch-$variant";
    QwLaravelApp::remove($copy);
    mkdir($copy);
    foreach (['src', 'config'] as $dir) {
        shell_exec('cp -r ' . escapeshellarg(__DIR__ . "/../laravel/$dir") . ' ' . escapeshellarg("$copy/$dir"));
    }
    foreach (PROFILE_PATCHES[$variant] as $file => [$search, $replace]) {
        $text = (string) file_get_contents("$copy/src/$file");
        if (substr_count($text, $search) !== 1) {
            throw new RuntimeException("variant $variant: \"$search\" is not in laravel/src/$file once");
        }
        file_put_contents("$copy/src/$file", str_replace($search, $replace, $text));
    }
    $vendor = $app->base . '/vendor';
    if (is_link($vendor)) {
        $real = readlink($vendor);
        unlink($vendor);
        mkdir($vendor);
        foreach (scandir($real) as $entry) {
            if ($entry !== '.' && $entry !== '..' && $entry !== 'autoload.php') {
                symlink("$real/$entry", "$vendor/$entry");
            }
        }
        $orig = "$real/autoload.php";
    } else {
        $orig = "$vendor/autoload.orig.php";
        if (!is_file($orig)) {
            rename("$vendor/autoload.php", $orig);
        }
    }
    file_put_contents("$vendor/autoload.php", sprintf("<?php\n\$loader = require %s;\nspl_autoload_register(function (\$c) {\n"
        . "    if (strncmp(\$c, 'QWorker\\\\Laravel\\\\', 16) === 0 && is_file(\$f = %s . '/src/' . str_replace('\\\\', '/', substr(\$c, 16)) . '.php')) {\n"
        . "        require \$f;\n    }\n}, true, true);\nreturn \$loader;\n", var_export($orig, true), var_export($copy, true)));
}

function profile_median(array $v): float
{
    sort($v);
    return $v[intdiv(count($v), 2)];
}

/* Runs a command line; returns [status, output]. */
function profile_run(array $cmd, array $env): array
{
    $out = tempnam(sys_get_temp_dir(), 'profile-out');
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['redirect', 1]], $pipes, null, $env + getenv());
    $status = proc_close($proc);
    $output = (string) file_get_contents($out);
    unlink($out);
    return [$status, $output];
}

/* A fresh app state with $n Nothing jobs queued. */
function profile_prepare(QwLaravelApp $app, int $n): void
{
    $app->reset();
    if ($n > 0) {
        [$status, $out] = profile_run($app->artisanCommand(['qwtest:dispatch-many', (string) $n]), $app->env());
        if ($status !== 0) {
            throw new RuntimeException("qwtest:dispatch-many exited $status:\n$out");
        }
    }
}

/* CPU seconds [user, sys] and wall seconds of one worker run on $n jobs. */
function profile_cpu_run(QwLaravelApp $app, string $command, int $n): array
{
    profile_prepare($app, $n);
    $time = tempnam(sys_get_temp_dir(), 'profile-time');
    $wall = hrtime(true);
    [$status, $out] = profile_run(array_merge(['/usr/bin/time', '-f', '%U %S', '-o', $time],
        $app->artisanCommand([$command, 'redis', '--stop-when-empty', '--sleep=0'])), $app->env());
    $wall = (hrtime(true) - $wall) / 1e9;
    [$user, $sys] = sscanf((string) file_get_contents($time), '%f %f');
    unlink($time);
    $left = bench_redis()->lLen($app->env()['QW_APP_PREFIX'] . 'queues:default');
    if ($status !== 0 || $left !== 0) {
        throw new RuntimeException("$command on $n jobs failed (status $status):\n" . substr($out, -2000));
    }
    return [$user, $sys, $wall];
}

/*
 * µs per job, [worker CPU (user+sys), sys, wall]: (median jobs run -
 * median empty run) / $n.
 */
function profile_whole(QwLaravelApp $app, string $command, int $n): array
{
    $app->command = $command;
    $runs = [0 => [[], [], []], $n => [[], [], []]];
    for ($r = 0; $r < 3; $r++) {
        foreach ([0, $n] as $jobs) {
            [$user, $sys, $wall] = profile_cpu_run($app, $command, $jobs);
            $runs[$jobs][0][] = $user + $sys;
            $runs[$jobs][1][] = $sys;
            $runs[$jobs][2][] = $wall;
        }
    }
    return array_map(fn ($i) => (profile_median($runs[$n][$i]) - profile_median($runs[0][$i])) * 1e6 / $n, [0, 1, 2]);
}

/* Inclusive instructions by function of a callgrind output file. */
function profile_callgrind_inclusive(string $file): array
{
    $text = (string) shell_exec('callgrind_annotate --inclusive=yes --threshold=100 ' . escapeshellarg($file) . ' 2>/dev/null');
    $rows = [];
    foreach (explode("\n", $text) as $line) {
        if (preg_match('/^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?\S*?:?([A-Za-z_][\w]*)\s/', $line . ' ', $m)) {
            $rows[$m[2]] = max($rows[$m[2]] ?? 0, (int) str_replace(',', '', $m[1]));
        }
    }
    return $rows;
}

/* Total instructions of a callgrind run. */
function profile_callgrind_total(string $file): int
{
    preg_match('/^summary:\s*(\d+)/m', (string) file_get_contents($file), $m);
    return (int) ($m[1] ?? 0);
}

/* $command (qworker:work) under callgrind on $n jobs; returns the output file. */
function profile_callgrind_run(QwLaravelApp $app, int $n, string $command = 'qworker:work'): string
{
    $app->command = $command;
    profile_prepare($app, $n);
    $file = (getenv('PROFILE_KEEP') ?: sys_get_temp_dir()) . "/callgrind.l{$app->fw}.$n" . ($command === 'qworker:work' ? '' : '.queue-work');
    [$status, $out] = profile_run(array_merge(['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $file],
        $app->artisanCommand([$command, 'redis', '--stop-when-empty', '--sleep=0'])), $app->env());
    if ($status !== 0) {
        throw new RuntimeException("callgrind run on $n jobs failed (status $status):\n" . substr($out, -2000));
    }
    return $file;
}

function profile_main(): void
{
    $n = bench_env_int('PROFILE_JOBS', 20000);
    $cgJobs = bench_env_int('PROFILE_CG_JOBS', 2000);
    $frameworks = preg_split('/\s+/', trim(getenv('PROFILE_LARAVELS') ?: '8 12'));
    $only = getenv('PROFILE_ONLY') ?: 'whole,parts,callgrind';
    printf("qworker %s profile: PHP %s, %d CPUs, %d jobs per whole run\n", phpversion('qworker'), PHP_VERSION,
        (int) trim((string) shell_exec('nproc')), $n);
    foreach ($frameworks as $fw) {
        if (($why = QwLaravelApp::unavailable($fw)) !== null) {
            throw new RuntimeException("Laravel $fw cannot run: $why");
        }
        if ($only === 'variants') {
            profile_variants($fw, $n, $cgJobs);
            continue;
        }
        $app = new QwLaravelApp($fw, bench_prefix() . "p$fw:");
        $app->appEnv = ['QW_APP_NO_RECORD' => '1'];
        $app->reset();
        echo "-- Laravel $fw\n";
        if (str_contains($only, 'whole')) {
            foreach (['queue:work', 'qworker:work'] as $command) {
                foreach (['' => [], ' COLUMNS=80' => ['COLUMNS' => '80']] as $tag => $env) {
                    $app->appEnv = ['QW_APP_NO_RECORD' => '1'] + $env;
                    printf("L%s%s whole %s cpu_us_per_job %.1f of_which_sys %.1f wall_us_per_job %.1f\n", $fw, $tag, $command, ...profile_whole($app, $command, $n));
                }
                $app->appEnv = ['QW_APP_NO_RECORD' => '1'];
            }
        }
        if (str_contains($only, 'parts')) {
            $app->command = 'qworker:work';
            profile_prepare($app, 0);
            [$status, $out] = profile_run(array_merge(bench_php(), [__DIR__ . '/profile_parts.php']), $app->env());
            if ($status !== 0) {
                throw new RuntimeException("profile_parts.php failed (status $status):\n" . substr($out, -3000));
            }
            foreach (explode("\n", trim($out)) as $line) {
                echo "L$fw $line\n";
            }
        }
        if (getenv('PROFILE_CALLGRIND') === '1' && str_contains($only, 'callgrind')) {
            $empty = profile_callgrind_run($app, 0);
            $full = profile_callgrind_run($app, $cgJobs);
            [$a, $b] = [profile_callgrind_inclusive($empty), profile_callgrind_inclusive($full)];
            $total = (profile_callgrind_total($full) - profile_callgrind_total($empty)) / $cgJobs;
            printf("L%s callgrind total_Ir_per_job %.0f\n", $fw, $total);
            $names = getenv('PROFILE_CG_FUNCS') ? explode(',', getenv('PROFILE_CG_FUNCS')) : PROFILE_CG_FUNCS;
            foreach ($names as $name) {
                if (isset($b[$name])) {
                    $per = ($b[$name] - ($a[$name] ?? 0)) / $cgJobs;
                    printf("L%s callgrind %s %.0f %.1f%%\n", $fw, $name, $per, 100 * $per / $total);
                }
            }
            if (getenv('PROFILE_KEEP')) {
                printf("L%s callgrind files %s %s\n", $fw, $empty, $full);
            } else {
                unlink($empty);
                unlink($full);
            }
        }
        unset($app);
        profile_variants($fw, $n, $cgJobs);
    }
}

/* The scratch variants of PROFILE_VARIANTS on framework $fw (see the top). */
function profile_variants(string $fw, int $n, int $cgJobs): void
{
    $list = getenv('PROFILE_VARIANTS') ?: '';
    if ($list === '') {
        return;
    }
    $names = $list === 'all' ? array_keys(PROFILE_PATCHES) : explode(',', $list);
    $mode = getenv('PROFILE_VARIANT_MODE') ?: 'callgrind';
    foreach ($names as $variant) {
        if (!isset(PROFILE_PATCHES[$variant])) {
            throw new RuntimeException("no variant $variant");
        }
        $app = new QwLaravelApp($fw, bench_prefix() . "v$fw:");
        $app->appEnv = ['QW_APP_NO_RECORD' => '1'] + (in_array($variant, ['base', 'queue_work'], true) ? [] : ['COLUMNS' => '80']);
        $command = str_starts_with($variant, 'queue_work') ? 'queue:work' : 'qworker:work';
        profile_scratch($app, $variant);
        $app->reset();
        if ($mode === 'time') {
            printf("L%s variant %s cpu_us_per_job %.1f of_which_sys %.1f wall_us_per_job %.1f\n", $fw, $variant, ...profile_whole($app, $command, $n));
        } else {
            $empty = profile_callgrind_run($app, 0, $command);
            $full = profile_callgrind_run($app, $cgJobs, $command);
            printf("L%s variant %s Ir_per_job %.0f\n", $fw, $variant,
                (profile_callgrind_total($full) - profile_callgrind_total($empty)) / $cgJobs);
            if (getenv('PROFILE_KEEP')) {
                rename($empty, "$empty.$variant");
                rename($full, "$full.$variant");
            } else {
                unlink($empty);
                unlink($full);
            }
        }
        unset($app);
    }
}

try {
    profile_main();
} catch (Throwable $e) {
    fwrite(STDERR, 'profile: error: ' . $e->getMessage() . "\n");
    exit(1);
}
