<?php
/*
 * Laravel 8.83's cache (the store `php artisan queue:restart` writes the
 * restart signal into, and Illuminate\Queue\Worker reads it from), built
 * from Debian's /usr/share/php/Illuminate as a Laravel app builds it:
 * a container with 'config', 'files', 'redis' (RedisServiceProvider) and
 * 'cache' / 'cache.store' (CacheServiceProvider), and the aliases
 * Application::registerCoreContainerAliases() gives them.
 *
 * qw_laravel_cache_test_config() needs tests/qw_test.inc; the QWorker side
 * of these tests (stores, keys, temp dirs) is in tests/daemon_c.inc.
 */
require_once __DIR__ . '/queue.php';

/* Why Laravel's cache and console cannot be driven here, or null when they can. */
function qw_laravel_cache_unavailable(): ?string
{
    if (($why = qw_laravel_unavailable()) !== null) {
        return $why;
    }
    if (getenv('QWORKER_TEST_LARAVEL_AUTOLOAD') === false) {
        foreach (['Illuminate/Config', 'Illuminate/Filesystem', 'Illuminate/Cache', 'Illuminate/Console', 'Symfony/Component/Console'] as $dir) {
            if (!is_dir(QW_LARAVEL_DEBIAN_ROOT . "/$dir")) {
                return "$dir not installed";
            }
        }
    }
    return null;
}

function qw_laravel_cache_load(): void
{
    static $loaded = false;
    if ($loaded) {
        return;
    }
    $loaded = true;
    qw_laravel_load();
    $autoload = getenv('QWORKER_TEST_LARAVEL_AUTOLOAD');
    if ($autoload === false || $autoload === '') {
        foreach (['Config', 'Filesystem', 'Cache', 'Console'] as $component) {
            require_once QW_LARAVEL_DEBIAN_ROOT . "/Illuminate/$component/autoload.php";
        }
    }
}

/*
 * A minimal Laravel app over $config (dotted keys as in config/*.php:
 * ['cache' => [...], 'database' => ['redis' => [...]]]). Not the shared
 * container of queue.php: each call builds a fresh one.
 */
function qw_laravel_cache_app(array $config): Illuminate\Container\Container
{
    qw_laravel_cache_load();
    $app = new Illuminate\Container\Container();
    $app->instance('config', new Illuminate\Config\Repository($config));
    $app->instance('files', new Illuminate\Filesystem\Filesystem());
    $events = new Illuminate\Events\Dispatcher($app);
    $app->instance('events', $events);
    foreach ([
        'config' => [Illuminate\Config\Repository::class, Illuminate\Contracts\Config\Repository::class],
        'files' => [Illuminate\Filesystem\Filesystem::class],
        'events' => [Illuminate\Events\Dispatcher::class, Illuminate\Contracts\Events\Dispatcher::class],
        'redis' => [Illuminate\Redis\RedisManager::class, Illuminate\Contracts\Redis\Factory::class],
        'cache' => [Illuminate\Cache\CacheManager::class, Illuminate\Contracts\Cache\Factory::class],
        'cache.store' => [Illuminate\Cache\Repository::class, Illuminate\Contracts\Cache\Repository::class],
    ] as $key => $aliases) {
        foreach ($aliases as $alias) {
            $app->alias($key, $alias);
        }
    }
    (new Illuminate\Redis\RedisServiceProvider($app))->register();
    (new Illuminate\Cache\CacheServiceProvider($app))->register();
    return $app;
}

/*
 * The config of a Laravel 8.83 app whose default cache store is $default
 * ('redis' or 'file'), as config/cache.php and config/database.php set it:
 * cache.prefix 'laravel_cache' (unless given), the redis store on the
 * 'cache' connection (database 1), the file store in $fileDir, and the
 * Redis connection prefix of this test (qw_test_prefix()).
 */
function qw_laravel_cache_test_config(string $default, ?string $fileDir = null, string $cachePrefix = 'laravel_cache'): array
{
    $server = ['host' => qw_test_host(), 'port' => qw_test_port(), 'password' => null];
    return [
        'cache' => [
            'default' => $default,
            'stores' => [
                'redis' => ['driver' => 'redis', 'connection' => 'cache', 'lock_connection' => 'default'],
                'file' => ['driver' => 'file', 'path' => $fileDir ?? sys_get_temp_dir() . '/qwt-no-file-store'],
            ],
            'prefix' => $cachePrefix,
        ],
        'database' => [
            'redis' => [
                'client' => 'phpredis',
                'options' => ['cluster' => 'redis', 'prefix' => qw_test_prefix()],
                'default' => $server + ['database' => 0],
                'cache' => $server + ['database' => 1],
            ],
        ],
    ];
}

/*
 * Runs Laravel's own queue:restart (Illuminate\Queue\Console\RestartCommand)
 * in $app as artisan does: the container builds it, run() with no arguments.
 * Returns [exit code, console output].
 */
function qw_laravel_queue_restart(Illuminate\Container\Container $app): array
{
    $command = $app->make(Illuminate\Queue\Console\RestartCommand::class);
    $command->setLaravel($app);
    $output = new Symfony\Component\Console\Output\BufferedOutput();
    $code = $command->run(new Symfony\Component\Console\Input\ArrayInput([]), $output);
    return [$code, $output->fetch()];
}
