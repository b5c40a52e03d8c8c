<?php

namespace QWorker\Laravel;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Contracts\Debug\ExceptionHandler;
use Illuminate\Contracts\Foundation\Application;
use Illuminate\Database\DetectsLostConnections;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Support\Carbon;
use QWorker;
use QWorker\ConnectionException;
use QWorker\Job as NativeJob;
use Throwable;

/**
 * Runs queue:work for a redis connection on the qworker extension: the loop,
 * pops, acknowledgements, restart signal, paused queues, limits, signals and
 * timeouts in C;
 * the jobs, events, exception reporting and failed-job logging through the
 * app, as Laravel's Worker does them.
 */
final class NativeWorker
{
    use DetectsLostConnections;

    /** The longest pause between two tries to reach Redis, in seconds: the native daemon's QW_DAEMON_MAX_BACKOFF. */
    private const MAX_PAUSE = 30;

    /**
     * What the server answers to settings that are wrong (the AUTH or SELECT
     * qw_conn.c sends): trying again cannot help.
     */
    private const REJECTED = '/^cannot (authenticate to|select the database of) Redis at /';

    private Application $app;

    /** Laravel's worker: its exception handler, reset scope and maintenance check are used */
    private Worker $worker;

    private ?Cache $cache;

    /** The stop signal that came while the worker waited for Redis, if one did */
    private ?int $stopSignal = null;

    public function __construct(Application $app, Worker $worker, ?Cache $cache)
    {
        $this->app = $app;
        $this->worker = $worker;
        $this->cache = $cache;
    }

    /**
     * Works the queues as `queue:work` (daemon) or `queue:work --once`; with
     * $pool (supervise()'s own options) as a pool of such daemons, forked
     * from this process (not with --once).
     *
     * @return int|null  the exit status, null after --once
     */
    public function run(string $connection, string $queue, WorkerOptions $options, bool $once, ?array $pool = null)
    {
        $config = $this->app['config'];
        $settings = Settings::connection($config, $connection);
        if ($forwards = Settings::forwards($this->app, $connection, $queue)) {
            $settings['forward'] = $forwards;
        }
        [$exceptions, $resetScope] = (function () {
            return [$this->exceptions, $this->resetScope ?? null];
        })->call($this->worker);
        $events = new EventHooks($this->app, $this->app['events'], $options, $resetScope, $this->worker, $connection, $queue, $this->cache);
        $native = $this->connect($settings, $exceptions, $events, $connection, $queue, $options, $once);

        if ($native === null) {
            return $once ? null : QWorker::EXIT_SUCCESS;
        }

        $events->attach($native, $exceptions, function (string $uuid, int $maxExceptions) {
            return $this->countException($uuid, $maxExceptions);
        });
        $native->setResolver(new Resolver($this->app, $events));
        // Laravel 13's Worker::$reportJobExceptions: off, a job's exceptions are not reported.
        $switch = property_exists(Worker::class, 'reportJobExceptions');
        $native->setExceptionHandler(function (Throwable $e, ?NativeJob $job) use ($exceptions, $events, $switch) {
            if ($job === null || ! $switch || Worker::$reportJobExceptions) {
                $exceptions->report($events->exception($e, $job));
            }
            $this->stopIfLostConnection($e, $events);
        });
        $native->setExceptionCounter(function (string $uuid, int $maxExceptions) {
            return $this->countException($uuid, $maxExceptions);
        });
        $native->setCache(Settings::restartSignal($config, $this->cache));

        $nativeOptions = Settings::options($options, Settings::maintenance($this->app));
        $nativeOptions['memory'] = $this->memory($options);
        $nativeOptions['prefetch'] = Settings::prefetch($config);
        $nativeOptions += Settings::polling();

        if ($once) {
            $native->runNextJob($connection, $queue, $nativeOptions);

            return null;
        }

        if ($pool !== null) {
            $this->disconnect();

            return $native->supervise($connection, $queue, $pool + $nativeOptions);
        }

        $status = $native->daemon($connection, $queue, $nativeOptions);

        return $status === QWorker::EXIT_MEMORY_LIMIT ? EventHooks::exitCode($status, 'max_memory_exceeded') : $status;
    }

    /**
     * Closes the app's database and Redis connections before the pool forks,
     * so that no worker shares a socket with the supervisor or another
     * worker: each reconnects on its first use.
     */
    private function disconnect(): void
    {
        if ($this->app->resolved('db')) {
            foreach (array_keys($this->app['db']->getConnections()) as $name) {
                $this->app['db']->disconnect($name);
            }
        }
        if ($this->app->resolved('redis')) {
            foreach ($this->app['redis']->connections() ?? [] as $name => $redis) {
                $redis->disconnect();
                $this->app['redis']->purge($name);
            }
        }
    }

    /**
     * The memory option in MB: --memory=N% (Laravel 13) is N percent of
     * memory_limit, rounded up, where the installed Worker::memoryExceeded()
     * reads it so: told once, by its stopping at 0.0001% and not at
     * 100000% (12 casts them to 0 and 100000), in a Worker that has
     * currentMemoryUsage() (8.83 compares the strings); with no
     * memory_limit, no limit. Else as Settings::memory().
     */
    private function memory(WorkerOptions $options): int
    {
        $memory = (string) $options->memory;
        if (str_ends_with($memory, '%') && method_exists(Worker::class, 'currentMemoryUsage')) {
            if ((int) ini_get('memory_limit') < 0) {
                return 0;
            }
            if ($this->worker->memoryExceeded('0.0001%') && ! $this->worker->memoryExceeded('100000%')) {
                return (int) ceil(ini_parse_quantity(ini_get('memory_limit')) / 1024 / 1024 * ((float) $memory / 100));
            }
        }

        return Settings::memory($options, $this->worker);
    }

    /**
     * The native worker, connected. While Redis cannot be reached (not up
     * yet after a reboot, say) the worker does what Laravel's does at a pop
     * that fails: it reports the error through the app's exception handler
     * and tries again, after a pause that doubles from 1 s up to 30 s as the
     * native daemon's own when Redis goes away later. WorkerStarting comes
     * before the first pause, as in Laravel's loop before the pop that
     * failed. SIGTERM, SIGINT or SIGQUIT ends the wait as they end the
     * daemon: WorkerStopping, then null. --once tries once: on failure it
     * reports, sleeps 1 s and --sleep as Laravel's runNextJob(), and
     * returns null.
     * Settings that cannot heal throw: a malformed host or port (ValueError),
     * or a server that rejects the AUTH or SELECT of the settings.
     */
    private function connect(array $settings, ExceptionHandler $exceptions, EventHooks $events, string $connection, string $queue, WorkerOptions $options, bool $once): ?QWorker
    {
        $pause = 0;
        $previous = $this->trapStopSignals();

        try {
            while (true) {
                try {
                    return new QWorker($settings);
                } catch (ConnectionException $e) {
                    if (preg_match(self::REJECTED, $e->getMessage())) {
                        throw $e;
                    }
                    $exceptions->report($e);
                }
                if ($once) {
                    $this->pause(1 + (float) $options->sleep);

                    return null;
                }
                // Laravel's daemon fired it before the pop that failed.
                $events->starting($connection, $queue);
                $pause = $pause > 0 ? min($pause * 2, self::MAX_PAUSE) : 1;
                if ($this->pause($pause)) {
                    $events->interrupted($this->stopSignal);
                    $events->stopping(QWorker::EXIT_SUCCESS, 'interrupted');

                    return null;
                }
            }
        } finally {
            foreach ($previous as $signal => $handler) {
                pcntl_signal($signal, $handler);
            }
        }
    }

    /**
     * Makes SIGTERM, SIGINT and SIGQUIT set $stopSignal to their number
     * (with ext/pcntl; without it they end the process as before). Returns
     * the handlers they had, by signal.
     */
    private function trapStopSignals(): array
    {
        $previous = [];

        if (function_exists('pcntl_signal')) {
            foreach ([SIGTERM, SIGINT, SIGQUIT] as $signal) {
                $previous[$signal] = pcntl_signal_get_handler($signal);
                pcntl_signal($signal, function (int $signal) {
                    $this->stopSignal = $signal;
                });
            }
        }

        return $previous;
    }

    /** Sleeps $seconds, less when a stop signal comes; true when one came. */
    private function pause(float $seconds): bool
    {
        for ($end = microtime(true) + $seconds; $this->stopSignal === null && ($left = $end - microtime(true)) > 0;) {
            usleep((int) (min($left, 0.1) * 1e6));
            if (function_exists('pcntl_signal_dispatch')) {
                pcntl_signal_dispatch();
            }
        }

        return $this->stopSignal !== null;
    }

    /**
     * Laravel's markJobAsFailedIfWillExceedMaxExceptions() count, in the
     * app's cache: true when this exception is the job's last allowed one.
     */
    private function countException(string $uuid, int $maxExceptions): bool
    {
        if ($this->cache === null) {
            return false;
        }
        $key = 'job-exceptions:'.$uuid;
        if (! $this->cache->get($key)) {
            $this->cache->put($key, 0, Carbon::now()->addDay());
        }
        if ($maxExceptions <= $this->cache->increment($key)) {
            $this->cache->forget($key);

            return true;
        }

        return false;
    }

    /**
     * As Laravel's stopWorkerIfLostConnection() (unless Laravel 13's
     * Worker::$stopOnLostConnection is off): the worker stops after this
     * job, here by the SIGTERM the native loop already stops on, and
     * WorkerStopping names the lost connection.
     */
    private function stopIfLostConnection(Throwable $e, EventHooks $events): void
    {
        if (property_exists(Worker::class, 'stopOnLostConnection') && ! Worker::$stopOnLostConnection) {
            return;
        }
        if ($this->causedByLostConnection($e) && function_exists('posix_kill')) {
            $events->lostConnection = true;
            posix_kill(getmypid(), SIGTERM);
        }
    }
}
