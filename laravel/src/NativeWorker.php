<?php

namespace QWorker\Laravel;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Contracts\Foundation\Application;
use Illuminate\Database\DetectsLostConnections;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Support\Carbon;
use QWorker;
use QWorker\Job as NativeJob;
use Throwable;

/**
 * Runs queue:work for a redis connection on the qworker extension: the loop,
 * pops, acknowledgements, restart signal, limits, signals and timeouts in C;
 * the jobs, events, exception reporting and failed-job logging through the
 * app, as Laravel's Worker does them.
 */
final class NativeWorker
{
    use DetectsLostConnections;

    /** @var Application */
    private $app;

    /** @var Worker Laravel's worker: its exception handler, reset scope and maintenance check are used */
    private $worker;

    /** @var Cache|null */
    private $cache;

    public function __construct(Application $app, Worker $worker, ?Cache $cache)
    {
        $this->app = $app;
        $this->worker = $worker;
        $this->cache = $cache;
    }

    /**
     * Works the queues as `queue:work` (daemon) or `queue:work --once`.
     *
     * @return int|null  the exit status, null after --once
     */
    public function run(string $connection, string $queue, WorkerOptions $options, bool $once)
    {
        $config = $this->app['config'];
        $native = new QWorker(Settings::connection($config, $connection));
        [$exceptions, $resetScope] = (function () {
            return [$this->exceptions, $this->resetScope ?? null];
        })->call($this->worker);
        $events = new EventHooks($this->app, $this->app['events'], $options, $resetScope, $this->worker);

        $events->attach($native);
        $native->setResolver(function (string $class, NativeJob $job) use ($events) {
            $handler = $this->app->make($class);
            $events->job($job)->setResolvedJob($handler);

            return new Handler($handler, $events);
        });
        $native->setExceptionHandler(function (Throwable $e, ?NativeJob $job) use ($exceptions, $events) {
            $exceptions->report($events->exception($e, $job));
            $this->stopIfLostConnection($e);
        });
        $native->setExceptionCounter(function (string $uuid, int $maxExceptions) {
            return $this->countException($uuid, $maxExceptions);
        });
        $native->setCache(Settings::restartSignal($config, $this->cache));

        $nativeOptions = Settings::options($options, Settings::maintenance($this->app));
        $nativeOptions['memory'] = Settings::memory($options, $this->worker);
        $nativeOptions['prefetch'] = Settings::prefetch($config);

        if ($once) {
            $native->runNextJob($connection, $queue, $nativeOptions);

            return null;
        }

        return $native->daemon($connection, $queue, $nativeOptions);
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
     * As Laravel's stopWorkerIfLostConnection(): the worker stops after this
     * job, here by the SIGTERM the native loop already stops on.
     */
    private function stopIfLostConnection(Throwable $e): void
    {
        if ($this->causedByLostConnection($e) && function_exists('posix_kill')) {
            posix_kill(getmypid(), SIGTERM);
        }
    }
}
