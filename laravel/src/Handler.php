<?php

namespace QWorker\Laravel;

use QWorker\Job as NativeJob;

/**
 * What the native worker calls for a payload's "Class@method": the handler
 * the container built (CallQueuedHandler for object jobs), handed the
 * Laravel RedisJob in place of the native job. It holds no job itself, so
 * a finished job is freed at once, with no cycle left for the GC.
 */
final class Handler
{
    private object $handler;

    private EventHooks $hooks;

    public function __construct(object $handler, EventHooks $hooks)
    {
        $this->handler = $handler;
        $this->hooks = $hooks;
    }

    public function call($job, $data)
    {
        return $this->handler->call($job instanceof NativeJob ? $this->hooks->job($job) : $job, $data);
    }

    /** Laravel's Job::failed(): the handler's failed() when it has one. */
    public function failed($data, $e, $uuid)
    {
        if (method_exists($this->handler, 'failed')) {
            $this->handler->failed($data, $this->hooks->exception($e), $uuid);
        }
    }

    public function __call($method, $arguments)
    {
        if (($arguments[0] ?? null) instanceof NativeJob) {
            $arguments[0] = $this->hooks->job($arguments[0]);
        }

        return $this->handler->{$method}(...$arguments);
    }
}
