<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;
use Throwable;

/**
 * Records the queue events a worker fires, one line each in
 * storage/events.log. Looping and JobPopping fire once per pass of the
 * loop, so their count depends on timing: they are left out. QW_APP_NO_RECORD=1
 * (bench/) records nothing.
 */
class TestServiceProvider extends ServiceProvider
{
    private const PER_PASS = ['Looping', 'JobPopping'];

    public function boot()
    {
        if (getenv('QW_APP_NO_RECORD')) {
            return;
        }
        $this->app['events']->listen('Illuminate\Queue\Events\*', function ($name, $payload) {
            $short = substr(strrchr($name, '\\'), 1);
            if (in_array($short, self::PER_PASS, true)) {
                return;
            }
            $event = $payload[0];
            $line = $short;
            if (isset($event->job) && is_object($event->job) && method_exists($event->job, 'resolveName')) {
                $line .= ' job='.self::name($event->job).' attempts='.$event->job->attempts();
            }
            if (isset($event->exception) && $event->exception instanceof Throwable) {
                $line .= ' exception='.get_class($event->exception);
            }
            if (property_exists($event, 'status')) {
                $line .= ' status='.$event->status;
            }
            if (property_exists($event, 'exceptionOccurred')) {
                $line .= ' exceptionOccurred='.var_export($event->exceptionOccurred, true);
            }
            if (in_array($short, ['WorkerQueuePaused', 'WorkerQueueResumed', 'QueuePaused', 'QueueResumed'], true)) {
                $line .= ' queue='.($event->connectionName ?? $event->connection).':'.$event->queue;
            }
            if (property_exists($event, 'reason') && $event->reason !== null) {
                $line .= ' reason='.(is_object($event->reason) ? $event->reason->value : $event->reason);
            }
            file_put_contents(storage_path('events.log'), $line."\n", FILE_APPEND | LOCK_EX);
        });
    }

    /** The job's name; "?" when resolveName() throws (Laravel's does on a payload with no "job"), so recording changes no outcome. */
    private static function name(object $job): string
    {
        try {
            return (string) $job->resolveName();
        } catch (Throwable $e) {
            return '?';
        }
    }
}
