<?php
/*
 * Job handlers in Laravel's string-job style ("Class@method", `fire` by
 * default), runnable by both Laravel's Worker and QWorker. Each call is
 * recorded in $GLOBALS['qw_laravel_calls'] (read it with qw_laravel_calls());
 * what the handler then does with the job is set with qw_laravel_then():
 *   'delete'        $job->delete() (the default)
 *   'release'       $job->release(0); 'release:N' releases with a delay of N
 *   'none'          nothing (the job stays reserved)
 *   'throw'         throws a RuntimeException('LaravelTestJob failed')
 */

function qw_laravel_then(string $action): void
{
    $GLOBALS['qw_laravel_then'] = $action;
}

/* @return list<array{handler: string, job_class: string, data: mixed, attempts: int, job: object}> */
function qw_laravel_calls(): array
{
    return $GLOBALS['qw_laravel_calls'] ?? [];
}

function qw_laravel_reset_calls(): void
{
    $GLOBALS['qw_laravel_calls'] = [];
}

function qw_laravel_record(string $handler, $job, $data): void
{
    $GLOBALS['qw_laravel_calls'][] = [
        'handler' => $handler,
        'job_class' => get_class($job),
        'data' => $data,
        'attempts' => $job->attempts(),
        'job' => $job,
    ];

    $action = $GLOBALS['qw_laravel_then'] ?? 'delete';
    if ($action === 'delete') {
        $job->delete();
    } elseif ($action === 'release') {
        $job->release(0);
    } elseif (strncmp($action, 'release:', 8) === 0) {
        $job->release((int) substr($action, 8));
    } elseif ($action === 'throw') {
        throw new RuntimeException('LaravelTestJob failed');
    } elseif ($action !== 'none') {
        throw new LogicException("unknown action $action");
    }
}

class LaravelTestJob
{
    public function fire($job, $data)
    {
        qw_laravel_record(static::class . '@fire', $job, $data);
    }

    public function failed($data, $e, $uuid)
    {
        $GLOBALS['qw_laravel_failed'][] = [
            'handler' => static::class . '@failed',
            'data' => $data,
            'exception' => $e ? get_class($e) : null,
            'uuid' => $uuid,
        ];
    }
}

class LaravelTestHandler
{
    public function handle($job, $data)
    {
        qw_laravel_record(static::class . '@handle', $job, $data);
    }
}

/*
 * A Laravel object job (dispatched as "Illuminate\Queue\CallQueuedHandler@call"
 * with the serialized object in data.command). handle() records the call and
 * then acts as qw_laravel_then() says; CallQueuedHandler deletes it after.
 */
class LaravelTestObjectJob implements Illuminate\Contracts\Queue\ShouldQueue
{
    use Illuminate\Bus\Queueable;
    use Illuminate\Queue\InteractsWithQueue;

    public $tries = 4;
    public $timeout = 30;
    public $backoff = [3, 7];

    public function __construct(public $value = null)
    {
    }

    public function handle()
    {
        $GLOBALS['qw_laravel_calls'][] = [
            'handler' => static::class . '@handle',
            'job_class' => get_class($this->job),
            'data' => $this->value,
            'attempts' => $this->attempts(),
            'job' => $this->job,
        ];
        if (($GLOBALS['qw_laravel_then'] ?? 'delete') === 'throw') {
            throw new RuntimeException('LaravelTestObjectJob failed');
        }
    }

    public function failed($e)
    {
        $GLOBALS['qw_laravel_failed'][] = [
            'handler' => static::class . '@failed',
            'data' => $this->value,
            'exception' => $e ? get_class($e) : null,
            'uuid' => null,
        ];
    }
}
