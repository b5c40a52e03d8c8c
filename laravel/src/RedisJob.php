<?php

namespace QWorker\Laravel;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\RedisJob as LaravelRedisJob;
use Illuminate\Queue\ManuallyFailedException;
use QWorker\Job as NativeJob;

/**
 * The job Laravel's machinery sees (CallQueuedHandler, middleware,
 * InteractsWithQueue, events, the failer): a Laravel RedisJob whose
 * acknowledgements (delete, release, fail) and state are the native
 * QWorker\Job's, so the worker loop in C and the job in PHP agree on them.
 */
final class RedisJob extends LaravelRedisJob
{
    private NativeJob $qworker;

    public function __construct(NativeJob $qworker, Container $container)
    {
        $this->qworker = $qworker;
        $this->container = $container;
        $this->job = $qworker->getRawBody();
        $this->reserved = $qworker->getReservedJob();
        $this->decoded = $qworker->payload();
        $this->connectionName = $qworker->getConnectionName();
        $this->queue = $qworker->getQueue();
    }

    /** The native job behind this one. */
    public function getNativeJob(): NativeJob
    {
        return $this->qworker;
    }

    /** @internal Records the handler the worker resolved, for getResolvedJob(). */
    public function setResolvedJob(object $instance): void
    {
        $this->instance = $instance;
    }

    public function fire()
    {
        $this->qworker->fire();
    }

    public function delete()
    {
        $this->qworker->delete();
    }

    public function release($delay = 0)
    {
        $this->qworker->release($this->secondsUntil($delay));
    }

    public function fail($e = null)
    {
        if (is_string($e)) {
            $e = new ManuallyFailedException($e);
        }

        $this->qworker->fail($e ?? new ManuallyFailedException);
    }

    public function isDeleted()
    {
        return $this->qworker->isDeleted();
    }

    public function isReleased()
    {
        return $this->qworker->isReleased();
    }

    public function isDeletedOrReleased()
    {
        return $this->qworker->isDeletedOrReleased();
    }

    public function hasFailed()
    {
        return $this->qworker->hasFailed();
    }

    public function markAsFailed()
    {
        $this->qworker->markAsFailed();
    }

    /** The payload's "Class@method"; '' for a payload without one, which Laravel's getName() would fail on. */
    public function getName()
    {
        return $this->qworker->getName();
    }

    /** The displayName, else the job's name; "(invalid payload)" when the payload has neither. */
    public function resolveName()
    {
        return $this->qworker->resolveName();
    }

    public function attempts()
    {
        return $this->qworker->attempts();
    }

    public function getJobId()
    {
        return $this->qworker->getJobId();
    }

    public function uuid()
    {
        return $this->qworker->uuid();
    }

    public function payload()
    {
        return $this->decoded;
    }

    public function getRawBody()
    {
        return $this->job;
    }

    public function getReservedJob()
    {
        return $this->reserved;
    }
}
