<?php

namespace QWorker\Laravel;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Contracts\Debug\ExceptionHandler;
use Illuminate\Contracts\Events\Dispatcher;
use Illuminate\Contracts\Queue\Interruptible;
use Illuminate\Queue\CallQueuedHandler;
use Illuminate\Queue\Events;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Queue\WorkerStopReason;
use QWorker;
use QWorker\Job as NativeJob;
use QWorker\MaxAttemptsExceededException as NativeMaxAttempts;
use QWorker\TimeoutExceededException as NativeTimeout;
use ReflectionMethod;
use Illuminate\Support\Carbon;
use Throwable;

/**
 * Hangs on the native worker's hooks the events Laravel's Worker fires at
 * the same points, those the installed Laravel has, with the constructor
 * arguments it has: WorkerStarting, Looping, JobPopping, JobPopped,
 * JobProcessing, JobProcessed, JobReleased, JobExceptionOccurred,
 * JobReleasedAfterException, JobAttempted, JobFailed, JobTimedOut,
 * WorkerIdle, WorkerInterrupted, JobInterrupted, WorkerPausing,
 * WorkerResuming, WorkerQueuePaused, WorkerQueueResumed and
 * WorkerStopping. Hooks whose events the installed Laravel lacks are left
 * unset and cost nothing; what differs between versions is looked at once,
 * in attach().
 *
 * It also does what the installed Worker does around those points: the
 * exception handler's shouldStopRetries(), countCrashesAsExceptions, the
 * $killOnTimeout, $memoryExceededExitCode and $timedOutExitCode switches,
 * the kill callback.
 *
 * The exceptions the native worker makes when a job ran too often or too
 * long become the ones the installed Laravel makes, so that failed()
 * methods, listeners, reports and failed_jobs rows see Laravel's classes
 * and messages.
 */
final class EventHooks
{
    private Container $app;

    private Dispatcher $events;

    private WorkerOptions $options;

    /** Laravel's per-pass reset (scoped instances, log context) */
    private ?Closure $resetScope;

    /** Laravel's worker, whose exception factories are used */
    private Worker $worker;

    /** The job being run; one at a time */
    private ?NativeJob $native = null;

    /** The Laravel job standing for it */
    private ?RedisJob $job = null;

    /** @var array<int, array{Throwable, Throwable}> its native exceptions and Laravel's, by object id */
    private array $translated = [];

    /** WorkerStarting was fired */
    private bool $started = false;

    private string $connection;

    private string $queue;

    /** The cache Laravel's Worker counts exceptions and crashes in, if any */
    private ?Cache $cache;

    /** fn(string $uuid, int $maxExceptions): bool, the native worker's exception counter */
    private ?Closure $countException = null;

    /** The native worker sent itself SIGTERM to stop after a lost connection */
    public bool $lostConnection = false;

    /** $events is Laravel's own dispatcher: asking it for listeners tells whether an event would reach any */
    private bool $plainDispatcher;

    /** @var array<string, bool> event classes that implement no interface, which a listener could be registered on */
    private array $noInterfaces = [];

    public function __construct(Container $app, Dispatcher $events, WorkerOptions $options, ?callable $resetScope, Worker $worker,
        string $connection = '', string $queue = '', ?Cache $cache = null)
    {
        $this->app = $app;
        $this->events = $events;
        $this->options = $options;
        $this->resetScope = $resetScope === null ? null : Closure::fromCallable($resetScope);
        $this->worker = $worker;
        $this->connection = $connection;
        $this->queue = $queue;
        $this->cache = $cache;
        $this->plainDispatcher = get_class($events) === \Illuminate\Events\Dispatcher::class;
    }

    /**
     * Whether an event of $class, dispatched now, would reach no listener,
     * so that it need not be made: only with Laravel's own dispatcher (a
     * fake records every event), and for a class implementing no
     * interface (the dispatcher also calls listeners registered on its
     * interfaces, which hasListeners() does not see).
     */
    private function unheard(string $class): bool
    {
        return $this->plainDispatcher && ($this->noInterfaces[$class] ??= class_implements($class) === [])
            && ! $this->events->hasListeners($class);
    }

    /**
     * The Laravel job standing for a native one, the same object for the
     * job's whole run. Only the current job is kept: nothing piles up.
     */
    public function job(NativeJob $job): RedisJob
    {
        if ($this->native !== $job) {
            $this->native = $job;
            $this->job = new RedisJob($job, $this->app);
            $this->translated = [];
        }

        return $this->job;
    }

    /**
     * Laravel's exception for one the native worker made for a job (the
     * current one by default), the same object each time it is asked; any
     * other exception as it is.
     */
    public function exception(Throwable $e, ?NativeJob $job = null): Throwable
    {
        $job ??= $this->native;
        if (! $e instanceof NativeMaxAttempts || $job === null) {
            return $e;
        }
        $laravelJob = $this->job($job);
        $id = spl_object_id($e);
        if (! isset($this->translated[$id])) {
            $timedOut = $e instanceof NativeTimeout;
            $this->translated[$id] = [$e, (function (RedisJob $job) use ($timedOut) {
                return $timedOut && method_exists($this, 'timeoutExceededException')
                    ? $this->timeoutExceededException($job)
                    : $this->maxAttemptsExceededException($job);
            })->call($this->worker, $laravelJob)];
        }

        return $this->translated[$id][1];
    }

    /**
     * Sets the hooks. $exceptions is the app's exception handler,
     * $countException the native worker's maxExceptions counter.
     */
    public function attach(QWorker $worker, ?ExceptionHandler $exceptions = null, ?callable $countException = null): void
    {
        $this->countException = $countException === null ? null : Closure::fromCallable($countException);
        $worker->on('looping', function (string $connection, string $queue) {
            return $this->unheard(Events\Looping::class)
                || $this->events->until(new Events\Looping($connection, $queue, $this->options)) !== false;
        });
        $popping = class_exists(Events\JobPopping::class);
        if ($this->resetScope || $popping) {
            $worker->on('popping', function (string $connection, string $queue) use ($popping) {
                if ($this->resetScope) {
                    ($this->resetScope)();
                }
                if ($popping && ! $this->unheard(Events\JobPopping::class)) {
                    $this->events->dispatch(new Events\JobPopping($connection, $queue));
                }
            });
        }

        // Laravel 13: a job whose previous attempt never finished counts that crash as one of its exceptions.
        $crashes = $this->cache !== null && method_exists(Worker::class, 'markJobAsFailedIfAlreadyExceedsMaxExceptions');
        $worker->on('before', function (string $connection, NativeJob $job) use ($crashes) {
            $this->events->dispatch(new Events\JobProcessing($connection, $laravelJob = $this->job($job)));
            if ($crashes && ($laravelJob->payload()['countCrashesAsExceptions'] ?? false)) {
                $this->countCrash($laravelJob);
            }
        });
        $released = class_exists(Events\JobReleased::class);
        $worker->on('after', function (string $connection, NativeJob $job, float $duration) use ($released) {
            $this->events->dispatch(new Events\JobProcessed($connection, $laravelJob = $this->job($job), $duration));
            if ($released && $job->isReleased() && ! $job->isDeleted() && ! $this->unheard(Events\JobReleased::class)) {
                $this->events->dispatch(new Events\JobReleased($connection, $laravelJob));
            }
        });
        // Laravel 13 asks the exception handler whether the job may be retried at all.
        $stopRetries = $exceptions !== null && method_exists($exceptions, 'shouldStopRetries')
            && method_exists(Worker::class, 'markJobAsFailedIfItShouldntBeRetried');
        $worker->on('exception', function (string $connection, NativeJob $job, Throwable $e) use ($exceptions, $stopRetries) {
            $e = $this->exception($e, $job);
            if ($stopRetries && ! $job->hasFailed() && $exceptions->shouldStopRetries($e)) {
                $this->job($job)->fail($e);
            }
            $this->events->dispatch(new Events\JobExceptionOccurred($connection, $this->job($job), $e));
        });
        $worker->on('failed', function (string $connection, NativeJob $job, Throwable $e) {
            $this->events->dispatch(new Events\JobFailed($connection, $this->job($job), $this->exception($e, $job)));
        });
        $worker->on('stopping', function (int $status, string $reason, int $jobsProcessed, ?float $lastJobProcessedAt, $memoryUsage) {
            $this->stopping($status, $reason, $jobsProcessed, $lastJobProcessedAt, $memoryUsage);
        });

        $this->attachIfExists($worker, 'starting', Events\WorkerStarting::class, function (string $connection, string $queue) {
            $this->starting($connection, $queue);
        });
        $this->attachIfExists($worker, 'popped', Events\JobPopped::class, function (string $connection, NativeJob $job) {
            if (! $this->unheard(Events\JobPopped::class)) {
                $this->events->dispatch(new Events\JobPopped($connection, $this->job($job)));
            }
        });
        $this->attachIfExists($worker, 'idle', Events\WorkerIdle::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerIdle($connection, $queue, $this->options));
        });
        $this->attachIfExists($worker, 'released_after_exception', Events\JobReleasedAfterException::class, function (string $connection, NativeJob $job, int $delay, Throwable $e) {
            $this->events->dispatch(new Events\JobReleasedAfterException($connection, $this->job($job), $delay, $this->exception($e, $job)));
        });
        $this->attachAttempted($worker, $crashes);
        $this->attachTimedOut($worker, $crashes);
        $this->attachSignals($worker);
    }

    /**
     * JobAttempted: Laravel 13's (connection, job, ?exception, ?duration),
     * or 11 and 12's (connection, job, bool exceptionOccurred), told apart
     * once by the constructor's third parameter; and, as Laravel 13's
     * finally, the crash marker forgotten.
     */
    private function attachAttempted(QWorker $worker, bool $crashes): void
    {
        $event = class_exists(Events\JobAttempted::class);
        if (! $event && ! $crashes) {
            return;
        }
        $params = $event ? (new ReflectionMethod(Events\JobAttempted::class, '__construct'))->getParameters() : [];
        $withException = isset($params[2]) && $params[2]->getName() === 'exception';
        $worker->on('attempted', function (string $connection, NativeJob $job, bool $occurred, ?Throwable $e, ?float $duration) use ($event, $withException, $crashes) {
            $laravelJob = $this->job($job);
            if ($crashes && ($laravelJob->payload()['countCrashesAsExceptions'] ?? false)) {
                $this->cache->forget('job-processing:'.$laravelJob->uuid());
            }
            if ($event && ! $this->unheard(Events\JobAttempted::class)) {
                $this->events->dispatch($withException
                    ? new Events\JobAttempted($connection, $laravelJob, $e === null ? null : $this->exception($e, $job), $duration)
                    : new Events\JobAttempted($connection, $laravelJob, $occurred));
            }
        });
        $this->attachIfExists($worker, 'queue_paused', Events\WorkerQueuePaused::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerQueuePaused($connection, $queue));
        });
        $this->attachIfExists($worker, 'queue_resumed', Events\WorkerQueueResumed::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerQueueResumed($connection, $queue));
        });
    }

    /**
     * JobTimedOut (connection, job, timeout); with Laravel 13's
     * Worker::$killOnTimeout off, false: the worker lives on and the job
     * gets the timeout exception; else the crash marker is forgotten before
     * the worker dies.
     */
    private function attachTimedOut(QWorker $worker, bool $crashes): void
    {
        $event = class_exists(Events\JobTimedOut::class);
        $switch = property_exists(Worker::class, 'killOnTimeout');
        if (! $event && ! $switch && ! $crashes) {
            return;
        }
        $worker->on('timed_out', function (string $connection, NativeJob $job, int $timeout) use ($event, $switch, $crashes) {
            $laravelJob = $this->job($job);
            if ($event) {
                $this->events->dispatch(new Events\JobTimedOut($connection, $laravelJob, $timeout));
            }
            if ($switch && ! Worker::$killOnTimeout) {
                return false;
            }
            if ($crashes && ($laravelJob->payload()['countCrashesAsExceptions'] ?? false)) {
                $this->cache->forget('job-processing:'.$laravelJob->uuid());
            }

            return null;
        });
    }

    /**
     * Laravel 13's signal events: WorkerInterrupted and, for an
     * Interruptible job in hand, its interrupted() and JobInterrupted
     * (the alarm of a timeout tells the job only); WorkerPausing and
     * WorkerResuming.
     */
    private function attachSignals(QWorker $worker): void
    {
        $interrupted = class_exists(Events\WorkerInterrupted::class);
        $notify = class_exists(Events\JobInterrupted::class) && interface_exists(Interruptible::class);
        if ($interrupted || $notify) {
            $worker->on('interrupted', function (int $signal, ?NativeJob $job) use ($notify) {
                if ($this->lostConnection && $signal === SIGTERM) {
                    return;
                }
                if ($signal !== SIGALRM) {
                    $this->interrupted($signal);
                }
                if ($notify && $job !== null) {
                    $this->notifyJobOfSignal($this->job($job), $signal);
                }
            });
        }
        $this->attachIfExists($worker, 'pausing', Events\WorkerPausing::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerPausing($connection, $queue, $this->options));
        });
        $this->attachIfExists($worker, 'resuming', Events\WorkerResuming::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerResuming($connection, $queue, $this->options));
        });
    }

    /** Laravel 13's Worker::notifyJobOfSignal(). */
    private function notifyJobOfSignal(RedisJob $job, int $signal): void
    {
        $handler = $job->getResolvedJob();
        if (! $handler instanceof CallQueuedHandler) {
            return;
        }
        $command = $handler->getRunningCommand();
        if ($command instanceof Interruptible) {
            $command->interrupted($signal);
            $this->events->dispatch(new Events\JobInterrupted($job->getConnectionName(), $job, $signal));
        }
    }

    /**
     * Laravel 13's markJobAsFailedIfAlreadyExceedsMaxExceptions(): the
     * marker of this attempt is added; one left by the previous attempt
     * means that attempt crashed, which counts as one of the job's
     * exceptions and may fail it (then thrown, as Laravel does).
     */
    private function countCrash(RedisJob $job): void
    {
        if (($uuid = $job->uuid()) === null || ($maxExceptions = $job->maxExceptions()) === null) {
            return;
        }
        if ($this->cache->add('job-processing:'.$uuid, true, Carbon::now()->addDay())) {
            return;
        }
        $e = (function (RedisJob $job) {
            return $this->maxAttemptsExceededException($job);
        })->call($this->worker, $job);
        if ($this->countException !== null && ($this->countException)($uuid, (int) $maxExceptions)) {
            $job->fail($e);
        }
        if ($job->hasFailed()) {
            throw $e;
        }
    }

    /**
     * WorkerStarting (Laravel 10.x+), once: where the native worker starts,
     * or earlier, when the worker first waits for Redis to be reachable.
     */
    /** WorkerInterrupted (Laravel 13) for a stop signal: SIGTERM, SIGINT or SIGQUIT. */
    public function interrupted(int $signal): void
    {
        if (class_exists(Events\WorkerInterrupted::class)) {
            $this->events->dispatch(new Events\WorkerInterrupted($signal, $this->connection, $this->queue, $this->options));
        }
    }

    public function starting(string $connection, string $queue): void
    {
        if (! $this->started && class_exists(Events\WorkerStarting::class)) {
            $this->started = true;
            $this->events->dispatch(new Events\WorkerStarting($connection, $queue, $this->options));
        }
    }

    /**
     * WorkerStopping, as the native worker's `stopping` hook fires it
     * ($reason: its stop reason), with the exit codes of the installed
     * Worker's switches. After a timeout, as Laravel's Worker::kill(): the
     * kill callback, then SIGKILL.
     */
    public function stopping(int $status, string $reason, int $jobsProcessed = 0, ?float $lastJobProcessedAt = null, $memoryUsage = null): void
    {
        if ($reason === 'interrupted' && $this->lostConnection) {
            $reason = 'lost_connection';
        }
        $status = self::exitCode($status, $reason);
        $this->events->dispatch(new Events\WorkerStopping(
            $status, $this->options, $this->reason($reason), $jobsProcessed, $lastJobProcessedAt,
            $memoryUsage ?? memory_get_usage(true) / 1024 / 1024, $this->connection, $this->queue
        ));

        if ($reason === 'timed_out') {
            $kill = (function () {
                return static::$killCallback ?? null;
            })->bindTo(null, Worker::class)();
            if ($kill) {
                $kill($status);
            }
            if (extension_loaded('posix')) {
                posix_kill(getmypid(), SIGKILL);
            }
        }
    }

    /** The exit code for a native stop: Worker::$memoryExceededExitCode and $timedOutExitCode where the installed Worker has them. */
    public static function exitCode(int $status, string $reason): int
    {
        if ($reason === 'max_memory_exceeded' && property_exists(Worker::class, 'memoryExceededExitCode')) {
            return Worker::$memoryExceededExitCode ?? $status;
        }
        if ($reason === 'timed_out' && property_exists(Worker::class, 'timedOutExitCode')) {
            return Worker::$timedOutExitCode ?? $status;
        }

        return $status;
    }

    private function attachIfExists(QWorker $worker, string $hook, string $event, callable $fn): void
    {
        if (class_exists($event)) {
            $worker->on($hook, $fn);
        }
    }

    /** Laravel's WorkerStopReason case for a native stop reason, where Laravel has them. */
    private function reason(string $reason)
    {
        if (! enum_exists(WorkerStopReason::class)) {
            return null;
        }
        $case = WorkerStopReason::class.'::'.str_replace('_', '', ucwords($reason, '_'));

        return defined($case) ? constant($case) : null;
    }
}
