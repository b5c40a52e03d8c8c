<?php

namespace App\Providers;

use App\Effects;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Support\ServiceProvider;
use Throwable;

/**
 * Records the queue events a worker fires, one line each in
 * storage/events.log: the class and every property in declaration order
 * (the constructor's arguments), normalised where a value differs between
 * runs: a job as its name and attempts, an exception as its class and
 * message, the worker options as "options", durations, times and memory as
 * "number", a queued job's id and payload by name. Looping, JobPopping and WorkerIdle fire once per pass of the
 * loop, so their count depends on timing: they are left out.
 * QW_APP_NO_RECORD=1 (bench/) records nothing.
 */
class TestServiceProvider extends ServiceProvider
{
    private const PER_PASS = ['Looping', 'JobPopping', 'WorkerIdle'];

    /** Properties whose values vary between runs: recorded as "number" (or null). */
    private const NUMBERS = ['duration', 'memoryUsage', 'lastJobProcessedAt'];

    /** Properties whose values vary between runs and say nothing of the worker (a queued job's id and payload): recorded by name. */
    private const MASKED = ['id', 'payload'];

    public function boot()
    {
        // QW_APP_EXIT_CODES=1: the Worker switches of Laravel 12+ for its exit codes and kill callback, where it has them.
        if (getenv('QW_APP_EXIT_CODES')) {
            if (property_exists(Worker::class, 'memoryExceededExitCode')) {
                Worker::$memoryExceededExitCode = 3;
            }
            if (property_exists(Worker::class, 'timedOutExitCode')) {
                Worker::$timedOutExitCode = 4;
            }
            if (method_exists(Worker::class, 'killUsing')) {
                Worker::killUsing(function (int $status) {
                    Effects::record('kill callback '.$status);
                });
            }
        }
        // QW_APP_REDIS_AT_BOOT=1: the app uses its Redis connection at boot (the client id it gets is recorded), as apps that read settings from Redis do.
        if (getenv('QW_APP_REDIS_AT_BOOT')) {
            Effects::record('boot: redis client '.$this->app['redis']->connection()->client()->rawCommand('CLIENT', 'ID'));
        }
        if (getenv('QW_APP_NO_RECORD')) {
            return;
        }
        $this->app['events']->listen('Illuminate\Queue\Events\*', function ($name, $payload) {
            $short = substr(strrchr($name, '\\'), 1);
            if (in_array($short, self::PER_PASS, true)) {
                return;
            }
            $line = $short;
            foreach (get_object_vars($payload[0]) as $key => $value) {
                $line .= ' '.$key.'='.self::value($key, $value);
            }
            file_put_contents(storage_path('events.log'), $line."\n", FILE_APPEND | LOCK_EX);
        });
    }

    /** One property's value, normalised. */
    private static function value(string $key, $value): string
    {
        if (in_array($key, self::MASKED, true) && is_string($value)) {
            return $key;
        }
        if (in_array($key, self::NUMBERS, true)) {
            return is_int($value) || is_float($value) ? 'number' : var_export($value, true);
        }
        if ($value instanceof WorkerOptions) {
            return 'options';
        }
        if ($value instanceof Throwable) {
            return get_class($value).'('.strtok($value->getMessage(), "\n").')';
        }
        if ($value instanceof \UnitEnum) {
            return $value instanceof \BackedEnum ? (string) $value->value : $value->name;
        }
        if (is_object($value) && method_exists($value, 'resolveName')) {
            return self::name($value).' attempts='.$value->attempts();
        }
        if (is_object($value)) {
            return get_class($value);
        }

        return is_array($value) ? json_encode($value) : var_export($value, true);
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
