<?php

namespace QWorker\Laravel;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Contracts\Events\Dispatcher;
use Illuminate\Queue\Events;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Queue\WorkerStopReason;
use QWorker;
use QWorker\Job as NativeJob;
use QWorker\MaxAttemptsExceededException as NativeMaxAttempts;
use QWorker\TimeoutExceededException as NativeTimeout;
use Throwable;

/**
 * Hangs on the native worker's hooks the events Laravel's Worker fires at
 * the same points, those the installed Laravel has: WorkerStarting,
 * Looping, JobPopping, JobPopped, JobProcessing, JobProcessed,
 * JobExceptionOccurred, JobReleasedAfterException, JobAttempted, JobFailed,
 * JobTimedOut, WorkerQueuePaused, WorkerQueueResumed and WorkerStopping. Hooks whose events the installed Laravel
 * lacks are left unset and cost nothing.
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

    public function __construct(Container $app, Dispatcher $events, WorkerOptions $options, ?callable $resetScope, Worker $worker)
    {
        $this->app = $app;
        $this->events = $events;
        $this->options = $options;
        $this->resetScope = $resetScope === null ? null : Closure::fromCallable($resetScope);
        $this->worker = $worker;
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

    public function attach(QWorker $worker): void
    {
        $worker->on('looping', function (string $connection, string $queue) {
            return $this->events->until(new Events\Looping($connection, $queue)) !== false;
        });
        $popping = class_exists(Events\JobPopping::class);
        if ($this->resetScope || $popping) {
            $worker->on('popping', function (string $connection, string $queue) use ($popping) {
                if ($this->resetScope) {
                    ($this->resetScope)();
                }
                if ($popping) {
                    $this->events->dispatch(new Events\JobPopping($connection, $queue));
                }
            });
        }
        $worker->on('before', function (string $connection, NativeJob $job) {
            $this->events->dispatch(new Events\JobProcessing($connection, $this->job($job)));
        });
        $worker->on('after', function (string $connection, NativeJob $job) {
            $this->events->dispatch(new Events\JobProcessed($connection, $this->job($job)));
        });
        $worker->on('exception', function (string $connection, NativeJob $job, Throwable $e) {
            $this->events->dispatch(new Events\JobExceptionOccurred($connection, $this->job($job), $this->exception($e, $job)));
        });
        $worker->on('failed', function (string $connection, NativeJob $job, Throwable $e) {
            $this->events->dispatch(new Events\JobFailed($connection, $this->job($job), $this->exception($e, $job)));
        });
        $worker->on('stopping', function (int $status, string $reason) {
            $this->stopping($status, $reason);
        });

        $this->attachIfExists($worker, 'starting', Events\WorkerStarting::class, function (string $connection, string $queue) {
            $this->starting($connection, $queue);
        });
        $this->attachIfExists($worker, 'popped', Events\JobPopped::class, function (string $connection, NativeJob $job) {
            $this->events->dispatch(new Events\JobPopped($connection, $this->job($job)));
        });
        $this->attachIfExists($worker, 'released_after_exception', Events\JobReleasedAfterException::class, function (string $connection, NativeJob $job, int $delay) {
            $this->events->dispatch(new Events\JobReleasedAfterException($connection, $this->job($job), $delay));
        });
        $this->attachIfExists($worker, 'attempted', Events\JobAttempted::class, function (string $connection, NativeJob $job, bool $exceptionOccurred) {
            $this->events->dispatch(new Events\JobAttempted($connection, $this->job($job), $exceptionOccurred));
        });
        $this->attachIfExists($worker, 'timed_out', Events\JobTimedOut::class, function (string $connection, NativeJob $job) {
            $this->events->dispatch(new Events\JobTimedOut($connection, $this->job($job)));
        });
        $this->attachIfExists($worker, 'queue_paused', Events\WorkerQueuePaused::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerQueuePaused($connection, $queue));
        });
        $this->attachIfExists($worker, 'queue_resumed', Events\WorkerQueueResumed::class, function (string $connection, string $queue) {
            $this->events->dispatch(new Events\WorkerQueueResumed($connection, $queue));
        });
    }

    /**
     * WorkerStarting (Laravel 10.x+), once: where the native worker starts,
     * or earlier, when the worker first waits for Redis to be reachable.
     */
    public function starting(string $connection, string $queue): void
    {
        if (! $this->started && class_exists(Events\WorkerStarting::class)) {
            $this->started = true;
            $this->events->dispatch(new Events\WorkerStarting($connection, $queue, $this->options));
        }
    }

    /** WorkerStopping, as the native worker's `stopping` hook fires it ($reason: its stop reason). */
    public function stopping(int $status, string $reason): void
    {
        $this->events->dispatch(new Events\WorkerStopping($status, $this->options, $this->reason($reason)));

        // As Laravel's Worker::kill(): a worker past its timeout dies by SIGKILL.
        if ($reason === 'timed_out' && extension_loaded('posix')) {
            posix_kill(getmypid(), SIGKILL);
        }
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
