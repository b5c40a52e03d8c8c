<?php

namespace QWorker\Laravel;

use Closure;
use Illuminate\Cache\FileStore;
use Illuminate\Cache\RedisStore;
use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Contracts\Config\Repository as Config;
use Illuminate\Foundation\FileBasedMaintenanceMode;
use Illuminate\Queue\Queue;
use Illuminate\Queue\QueueManager;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Support\ConfigurationUrlParser;
use InvalidArgumentException;

/**
 * Reads what the worker needs from the app's own configuration, so that
 * nothing is configured twice: the queue connection (config/queue.php) and
 * its Redis server (config/database.php), the queue names the installed
 * RedisQueue resolves, the cache store holding the restart signal and the
 * pause keys, the maintenance mode, and queue:work's options.
 */
final class Settings
{
    /** Redis settings QWorker takes, named as in config/database.php. */
    private const REDIS_KEYS = ['host', 'port', 'scheme', 'path', 'username', 'password', 'database', 'timeout', 'read_timeout'];

    /**
     * Why a queue connection cannot be worked natively, null when it can:
     * another driver than redis, or a Redis Cluster connection
     * (database.redis.clusters.*), which hiredis cannot talk to.
     */
    public static function unsupported(Config $config, string $connection): ?string
    {
        $driver = $config->get("queue.connections.{$connection}.driver");

        if ($driver !== 'redis') {
            return "connection [{$connection}] uses the [".($driver ?? 'unknown').'] driver, not redis';
        }

        $name = $config->get("queue.connections.{$connection}.connection") ?? 'default';

        // Laravel's RedisManager takes a connection of that name before a cluster.
        if (! is_array($config->get("database.redis.{$name}")) && is_array($config->get("database.redis.clusters.{$name}"))) {
            return "connection [{$connection}] uses the Redis Cluster [{$name}], which qworker cannot work";
        }

        return null;
    }

    /** QWorker's settings for a queue connection of the redis driver. */
    public static function connection(Config $config, string $connection): array
    {
        $queue = $config->get("queue.connections.{$connection}");

        if (! is_array($queue) || ($queue['driver'] ?? null) !== 'redis') {
            throw new InvalidArgumentException("qworker: queue connection [{$connection}] is not a redis connection.");
        }

        return self::redis($config, $queue['connection'] ?? 'default') + [
            'queue' => $queue['queue'] ?? 'default',
            'retry_after' => $queue['retry_after'] ?? 60,
            'block_for' => $queue['block_for'] ?? null,
            'connection' => $connection,
        ];
    }

    /** The server, database and key prefix of a database.redis connection. */
    public static function redis(Config $config, string $name): array
    {
        $redis = $config->get("database.redis.{$name}");

        if (! is_array($redis)) {
            throw new InvalidArgumentException("qworker: Redis connection [{$name}] not configured.");
        }
        if (isset($redis['url'])) {
            $redis = (new ConfigurationUrlParser)->parseConfiguration($redis);
        }

        $options = array_merge((array) $config->get('database.redis.options', []), (array) ($redis['options'] ?? []));
        $settings = array_intersect_key($redis, array_flip(self::REDIS_KEYS));

        if (($settings['scheme'] ?? null) === 'tcp') {
            unset($settings['scheme']);
        }

        return $settings + ['prefix' => (string) ($options['prefix'] ?? '')];
    }

    /**
     * Where the restart signal of `php artisan queue:restart` is read: the
     * Redis or file store natively, any other store through the repository.
     *
     * @return array|Closure|null  what QWorker::setCache() takes
     */
    public static function restartSignal(Config $config, ?Cache $cache)
    {
        if ($cache === null) {
            return null;
        }

        $store = method_exists($cache, 'getStore') ? $cache->getStore() : null;

        if ($store instanceof RedisStore) {
            $name = (fn () => $this->connection)->call($store);

            // getPrefix() carries the separator each Laravel version puts after the cache prefix.
            return ['driver' => 'redis'] + self::redis($config, $name ?? 'default')
                + ['cache_prefix' => $store->getPrefix(), 'separator' => ''];
        }
        if ($store instanceof FileStore) {
            return ['driver' => 'file', 'path' => $store->getDirectory()];
        }

        return fn (string $key = 'illuminate:queue:restart') => $cache->get($key);
    }

    /**
     * Which of the cache's signals the worker reads, as the installed
     * Laravel's Worker does: the restart signal unless
     * Queue::withoutInterruptionPolling() turned Worker::$restartable off;
     * the queues' pause keys where the framework has queue:pause (12+)
     * unless it turned Worker::$pausable off; the global pause key of
     * queue:pause --all first where it has that (13+).
     */
    public static function polling(): array
    {
        $pausable = method_exists(QueueManager::class, 'isPaused')
            && (! property_exists(Worker::class, 'pausable') || Worker::$pausable);

        return [
            'restartable' => ! property_exists(Worker::class, 'restartable') || Worker::$restartable,
            'pausable' => $pausable,
            'pause_all' => $pausable && method_exists(QueueManager::class, 'pauseAll'),
        ];
    }

    /**
     * QWorker's `forward` setting for the comma list of queues: each name
     * the installed RedisQueue resolves to another one (Laravel 13's
     * Queue::forward()), asked of the RedisQueue itself, so that the keys
     * are the ones it pops. Empty where the framework forwards nothing.
     *
     * @param  \Illuminate\Contracts\Container\Container  $app
     */
    public static function forwards($app, string $connection, string $queues): array
    {
        if (! method_exists(Queue::class, 'resolveQueue')) {
            return [];
        }
        $queue = $app['queue']->connection($connection);
        $forwards = [];
        foreach (explode(',', $queues) as $name) {
            $to = (fn (string $name) => $this->resolveQueue($name))->call($queue, $name);
            if ($name !== '' && is_string($to) && $to !== $name) {
                $forwards[$name] = $to;
            }
        }

        return $forwards;
    }

    /**
     * How the worker tells the app is down: the path of the down file when
     * the app uses file-based maintenance mode (a stat() per pass, as
     * Laravel), else the app's own check.
     *
     * @return string|Closure
     */
    public static function maintenance($app)
    {
        if (! method_exists($app, 'maintenanceMode') || $app->maintenanceMode() instanceof FileBasedMaintenanceMode) {
            return $app->storagePath().DIRECTORY_SEPARATOR.'framework'.DIRECTORY_SEPARATOR.'down';
        }

        return fn () => $app->isDownForMaintenance();
    }

    /** queue:work's options (WorkerOptions) as QWorker's. */
    public static function options(WorkerOptions $options, $maintenance): array
    {
        return [
            'name' => (string) $options->name,
            'backoff' => is_array($options->backoff) ? implode(',', $options->backoff) : (string) $options->backoff,
            'memory' => (int) $options->memory,
            'timeout' => (int) $options->timeout,
            'sleep' => self::seconds($options->sleep),
            'rest' => self::seconds($options->rest),
            'tries' => (int) $options->maxTries,
            'force' => (bool) $options->force,
            'stop_when_empty' => (bool) $options->stopWhenEmpty,
            'stop_when_empty_for' => (int) ($options->stopWhenEmptyFor ?? 0),
            'max_jobs' => (int) $options->maxJobs,
            'max_time' => (int) $options->maxTime,
            'maintenance' => $maintenance,
        ];
    }

    /**
     * queue:work's --memory as QWorker's `memory`: 0 there means no limit
     * (Laravel 12+) or a limit every worker is over (up to 11, where the
     * worker stops with 12 after its first pass); the installed Laravel's
     * own memoryExceeded() tells which, and 1 MB is that limit natively
     * (PHP's real usage is at least one 2 MB chunk).
     */
    public static function memory(WorkerOptions $options, Worker $worker): int
    {
        $memory = (int) $options->memory;

        if ($memory > 0) {
            return $memory;
        }

        return $worker->memoryExceeded($memory) ? 1 : 0;
    }

    /** qworker.prefetch, held to 1..1000. */
    public static function prefetch(Config $config): int
    {
        return max(1, min(1000, (int) $config->get('qworker.prefetch', 1)));
    }

    /** A number of seconds from the console, fractions kept. */
    private static function seconds($value)
    {
        return is_numeric($value) ? $value + 0 : 0;
    }
}
