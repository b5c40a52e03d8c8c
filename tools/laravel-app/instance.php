<?php
/*
 * QwLaravelApp: an instance of the Laravel app in this folder, which the
 * drop-in tests (tests/laravel/dropin.inc builds on it) and the benchmark
 * (bench/bench.php) run. It starts nothing and reads only what
 * scripts/test.sh and bench/run.sh export: QWORKER_TEST_REDIS_HOST and
 * QWORKER_TEST_REDIS_PORT (the Redis the app uses unless told another),
 * QWORKER_TEST_PHP_ARGS (the php command line's arguments) and, for a
 * Composer framework, QWORKER_TEST_LARAVEL<N>. The caller gives the key
 * prefix. It needs phpredis, as the app does.
 *
 * The framework: "8" is Debian's Laravel 8.83 (/usr/share/php/Illuminate);
 * any other major N a Composer install of the newest Laravel N the registry
 * here serves, in the directory QWORKER_TEST_LARAVEL<N> names (scripts/test.sh
 * installs Laravel 11 and 12 into .work/laravelN; tools/ci/matrix.sh installs
 * Laravel 13, which needs PHP 8.3+, for its php8.4 target).
 */

/*
 * The directory Laravel sees as its base path, holding the framework's
 * vendor/, a link to the app's config/, storage/ and the sqlite database.
 * Laravel 8.83 from Debian gets a vendor/ made here: an autoloader and an
 * installed.json naming qworker/laravel, so the service provider is found by
 * package discovery as a Composer install would have it. The directory and
 * the app's keys under its prefix go with the object.
 */
class QwLaravelApp
{
    public const DEBIAN_AUTOLOAD = '/usr/share/php/Illuminate/autoload.php';
    public const ARTISAN = __DIR__ . '/artisan';
    private const PACKAGE = __DIR__ . '/../../laravel';

    public string $base;
    public string $fw;
    public string $prefix;             /* the app's Redis key prefix */
    public string $command = 'queue:work'; /* the worker command work() runs */
    public int $prefetch = 1;          /* qworker.prefetch while qworker:work is the command */
    public array $appEnv = [];         /* more environment for every artisan run (QW_APP_CACHE=file, ...) */
    public ?array $php = null;         /* the php command line, when not QWORKER_TEST_PHP_ARGS' */
    public string $redisHost;
    public int $redisPort;

    /* Why framework $fw cannot run here, or null when it can. */
    public static function unavailable(string $fw): ?string
    {
        if (!is_file(self::PACKAGE . '/composer.json')) {
            return 'the qworker/laravel package (laravel/) is not here';
        }
        if (!extension_loaded('redis')) {
            return 'phpredis not loaded';
        }
        if ($fw === '8') {
            return is_file(self::DEBIAN_AUTOLOAD) ? null : 'Debian php-laravel-framework not installed';
        }
        /* scripts/test.sh sets those it installs: a failed install fails there. */
        $dir = getenv("QWORKER_TEST_LARAVEL$fw");
        if ($dir === false) {
            return "QWORKER_TEST_LARAVEL$fw not set (run scripts/test.sh)";
        }
        $php = self::phpRequired("$dir/vendor/laravel/framework/composer.json");
        return $php !== null && version_compare(PHP_VERSION, $php, '<') ? "Laravel $fw needs PHP $php or newer" : null;
    }

    /* The lowest PHP version the framework's composer.json requires ("^8.3" gives "8.3"), or null when it cannot tell. */
    private static function phpRequired(string $composerJson): ?string
    {
        $require = json_decode((string) @file_get_contents($composerJson), true)['require']['php'] ?? '';
        return preg_match('/^\D*(\d+\.\d+)/', $require, $m) ? $m[1] : null;
    }

    /* The php command line QWORKER_TEST_PHP_ARGS gives: PHP_BINARY -n -d extension=... */
    public static function defaultPhp(): array
    {
        $args = array_values(array_filter(explode("\n", (string) getenv('QWORKER_TEST_PHP_ARGS')), 'strlen'));
        return array_merge([PHP_BINARY], $args ?: ['-n']);
    }

    /* Removes $path, a directory with all it holds, a file or a link; nothing when it is not there. */
    public static function remove(string $path): void
    {
        if (is_link($path) || is_file($path)) {
            unlink($path);
            return;
        }
        if (!is_dir($path)) {
            return;
        }
        foreach (scandir($path) as $f) {
            if ($f !== '.' && $f !== '..') {
                self::remove("$path/$f");
            }
        }
        rmdir($path);
    }

    /* An instance of the app on framework $fw whose keys are under $prefix. */
    public function __construct(string $fw, string $prefix)
    {
        $this->fw = $fw;
        $this->prefix = $prefix;
        $this->redisHost = getenv('QWORKER_TEST_REDIS_HOST') ?: '127.0.0.1';
        $this->redisPort = (int) getenv('QWORKER_TEST_REDIS_PORT');
        $this->base = sys_get_temp_dir() . '/qw-laravel-app-' . getmypid() . "-l$fw";
        self::remove($this->base);
        mkdir($this->base . '/bootstrap/cache', 0777, true);
        symlink(__DIR__ . '/config', $this->base . '/config');
        if ($fw === '8') {
            $package = realpath(self::PACKAGE);
            mkdir($this->base . '/vendor/composer', 0777, true);
            symlink($package, $this->base . '/vendor/qworker-laravel');
            file_put_contents($this->base . '/vendor/composer/installed.json', self::installedJson());
            file_put_contents($this->base . '/vendor/autoload.php', sprintf(
                "<?php\nrequire %s;\nspl_autoload_register(function (\$c) {\n"
                . "    if (strncmp(\$c, 'QWorker\\\\Laravel\\\\', 16) === 0) {\n"
                . "        \$f = %s . '/src/' . str_replace('\\\\', '/', substr(\$c, 16)) . '.php';\n"
                . "        if (is_file(\$f)) { require \$f; }\n    }\n});\n",
                var_export(self::DEBIAN_AUTOLOAD, true),
                var_export($package, true)
            ));
        } else {
            symlink(getenv("QWORKER_TEST_LARAVEL$fw") . '/vendor', $this->base . '/vendor');
        }
    }

    public function __destruct()
    {
        $this->clearRedis();
        self::remove($this->base);
    }

    /* The packages Composer lists in vendor/composer/installed.json: ours, for Laravel's package discovery. */
    private static function installedJson(): string
    {
        $package = json_decode(file_get_contents(self::PACKAGE . '/composer.json'), true);
        $package['version'] = 'dev-main';
        $package['install-path'] = '../../' . 'qworker-laravel';
        return json_encode(['packages' => [$package], 'dev' => false], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES);
    }

    /*
     * A fresh state: no keys under the app's prefix, empty tables, no logs.
     * The tables are made by `artisan qwtest:setup` on the first reset only;
     * its database is kept as database.empty.sqlite, a copy of which each later
     * reset puts in place (one artisan run less per reset). Throws when the
     * set-up fails.
     */
    public function reset(): void
    {
        $this->clearRedis();
        self::remove($this->base . '/storage');
        foreach (['framework/cache/data', 'logs'] as $dir) {
            mkdir($this->base . "/storage/$dir", 0777, true);
        }
        $db = $this->base . '/database.sqlite';
        $empty = $this->base . '/database.empty.sqlite';
        @unlink($db);
        if (is_file($empty)) {
            copy($empty, $db);
            return;
        }
        touch($db);
        $run = $this->run(['qwtest:setup']);
        if ($run['status'] !== 0) {
            throw new RuntimeException("artisan qwtest:setup exited {$run['status']}:\n{$run['output']}");
        }
        copy($db, $empty);
    }

    /* Deletes the keys under the app's prefix in databases 0 and 1 (the queue's and the cache's). */
    protected function clearRedis(): void
    {
        $r = new Redis();
        $r->connect($this->redisHost, $this->redisPort, 5.0);
        foreach ([0, 1] as $db) {
            $r->select($db);
            $keys = $r->keys($this->prefix . '*');
            if ($keys) {
                $r->del($keys);
            }
        }
        $r->close();
    }

    /* The environment every artisan run gets, on top of this process' own. */
    public function env(): array
    {
        return [
            'QW_APP_BASE' => $this->base,
            'QW_APP_PREFIX' => $this->prefix,
            'QW_APP_REDIS_HOST' => $this->redisHost,
            'QW_APP_REDIS_PORT' => (string) $this->redisPort,
            'QWORKER_TEST_PREFIX' => '',
            'QWORKER_PREFETCH' => $this->command === 'qworker:work' ? (string) $this->prefetch : '1',
        ] + $this->appEnv;
    }

    /* The command line of `php artisan ...$args`: run it with env(). */
    public function artisanCommand(array $args): array
    {
        return array_merge($this->php ?? self::defaultPhp(), [self::ARTISAN], $args);
    }

    /*
     * Runs `php artisan ...$args` with env() and $env, killed after 60 s;
     * $during is called once the process runs, with its pid and this object.
     * Returns its status (128 + the signal when one ended it), its output
     * and, when $stderrApart, its stderr apart (else null, and stderr is in
     * the output).
     */
    public function run(array $args, ?callable $during = null, array $env = [], bool $stderrApart = false): array
    {
        $out = tempnam(sys_get_temp_dir(), 'qwa-out');
        $err = $stderrApart ? tempnam(sys_get_temp_dir(), 'qwa-err') : $out;
        $proc = proc_open(
            $this->artisanCommand($args),
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $err, 'a']],
            $pipes,
            null,
            $env + $this->env() + getenv()
        );
        if ($during) {
            $during(proc_get_status($proc)['pid'], $this);
        }
        $deadline = microtime(true) + 60;
        while (($st = proc_get_status($proc))['running'] && microtime(true) < $deadline) {
            usleep(20000);
        }
        if ($st['running']) {
            proc_terminate($proc, SIGKILL);
            $st = ['running' => false, 'signaled' => true, 'termsig' => SIGKILL, 'exitcode' => -1];
        }
        proc_close($proc);
        $output = file_get_contents($out);
        unlink($out);
        $stderr = null;
        if ($err !== $out) {
            $stderr = file_get_contents($err);
            unlink($err);
        }
        return ['status' => $st['signaled'] ? 128 + $st['termsig'] : $st['exitcode'], 'output' => $output, 'stderr' => $stderr];
    }
}
