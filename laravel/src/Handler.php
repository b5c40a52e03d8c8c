<?php

namespace QWorker\Laravel;

use QWorker\Job as NativeJob;

/**
 * What the native worker calls for a payload's "Class@method": the handler
 * the container built (CallQueuedHandler for object jobs), handed the
 * Laravel RedisJob in place of the native job.
 */
final class Handler
{
    /** @var object */
    private $handler;

    /** @var RedisJob */
    private $job;

    /** @var EventHooks */
    private $hooks;

    public function __construct(object $handler, RedisJob $job, EventHooks $hooks)
    {
        $this->handler = $handler;
        $this->job = $job;
        $this->hooks = $hooks;
        $job->setResolvedJob($handler);
    }

    public function call($job, $data)
    {
        return $this->handler->call($this->job, $data);
    }

    /** Laravel's Job::failed(): the handler's failed() when it has one. */
    public function failed($data, $e, $uuid)
    {
        if (method_exists($this->handler, 'failed')) {
            $this->handler->failed($data, $this->hooks->exception($e, $this->job->getNativeJob()), $uuid);
        }
    }

    public function __call($method, $arguments)
    {
        if (($arguments[0] ?? null) instanceof NativeJob) {
            $arguments[0] = $this->job;
        }

        return $this->handler->{$method}(...$arguments);
    }
}
