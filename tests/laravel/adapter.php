<?php
/*
 * Userland bridge that lets QWorker run Laravel's object jobs (classes
 * implementing ShouldQueue, queued as "Illuminate\Queue\CallQueuedHandler@call").
 *
 * CallQueuedHandler::call() type-hints Illuminate\Contracts\Queue\Job, which
 * the final internal class QWorker\Job does not implement; QwLaravelJob wraps
 * a QWorker\Job in that contract, and qw_laravel_resolver() hands QWorker a
 * handler whose methods pass the wrapper on. Requires queue.php (loaded).
 */

final class QwLaravelJob implements Illuminate\Contracts\Queue\Job
{
    public function __construct(public QWorker\Job $job)
    {
    }

    public function uuid() { return $this->job->uuid(); }
    public function getJobId() { return $this->job->getJobId(); }
    public function payload() { return $this->job->payload(); }
    public function fire() { $this->job->fire(); }
    public function release($delay = 0) { $this->job->release((int) $delay); }
    public function isReleased() { return $this->job->isReleased(); }
    public function delete() { $this->job->delete(); }
    public function isDeleted() { return $this->job->isDeleted(); }
    public function isDeletedOrReleased() { return $this->job->isDeletedOrReleased(); }
    public function attempts() { return $this->job->attempts(); }
    public function hasFailed() { return $this->job->hasFailed(); }
    public function markAsFailed() { $this->job->markAsFailed(); }
    public function fail($e = null) { $this->job->fail($e); }
    public function maxTries() { return $this->job->maxTries(); }
    public function maxExceptions() { return $this->job->maxExceptions(); }
    public function timeout() { return $this->job->timeout(); }
    public function retryUntil() { return $this->job->retryUntil(); }
    public function backoff() { return $this->job->backoff(); }
    public function shouldFailOnTimeout() { return $this->job->shouldFailOnTimeout(); }
    public function getName() { return $this->job->getName(); }
    public function resolveName() { return $this->job->resolveName(); }
    public function getConnectionName() { return $this->job->getConnectionName(); }
    public function getQueue() { return $this->job->getQueue(); }
    public function getRawBody() { return $this->job->getRawBody(); }
    public function getReservedJob() { return $this->job->getReservedJob(); }
}

/* Calls the Laravel handler with the QWorker\Job wrapped as a Laravel job. */
final class QwLaravelHandler
{
    public function __construct(public object $handler)
    {
    }

    public function call(QWorker\Job $job, $data)
    {
        return $this->handler->call(new QwLaravelJob($job), $data);
    }

    public function failed($data, $e, $uuid)
    {
        if (method_exists($this->handler, 'failed')) {
            return $this->handler->failed($data, $e, $uuid);
        }
    }
}

/*
 * A QWorker resolver building handlers from Laravel's container, with
 * CallQueuedHandler bridged. Binds what CallQueuedHandler needs (the
 * container contract and a Bus dispatcher) when they are not bound yet.
 */
function qw_laravel_resolver(?Illuminate\Container\Container $container = null): Closure
{
    $container ??= qw_laravel_container();
    if (!$container->bound(Illuminate\Contracts\Container\Container::class)) {
        $container->instance(Illuminate\Contracts\Container\Container::class, $container);
    }
    if (!$container->bound(Illuminate\Contracts\Bus\Dispatcher::class)) {
        $container->singleton(Illuminate\Contracts\Bus\Dispatcher::class, fn ($c) => new Illuminate\Bus\Dispatcher($c));
    }

    return function (string $class, QWorker\Job $job) use ($container) {
        $handler = $container->make($class);
        return $handler instanceof Illuminate\Queue\CallQueuedHandler ? new QwLaravelHandler($handler) : $handler;
    };
}
