<?php

namespace QWorker\Laravel\Console;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Queue\Console\WorkCommand as LaravelWorkCommand;
use Illuminate\Queue\Worker;
use QWorker\Laravel\NativeWorker;

/**
 * `php artisan qworker:work`: the installed Laravel's queue:work (its
 * signature, defaults, console lines and failed-job logging are inherited),
 * with the worker loop run by the qworker extension for redis connections.
 * Other drivers, or a PHP without the extension, run Laravel's own worker,
 * and the command says so.
 */
class WorkCommand extends LaravelWorkCommand
{
    /** The command's name; the rest of the signature is the installed queue:work's. */
    protected const NAME = 'qworker:work';

    protected $description = 'Start processing jobs on the queue as a daemon, in the qworker extension';

    public function __construct(Worker $worker, Cache $cache)
    {
        $this->signature = preg_replace('/^\s*queue:work\b/', static::NAME, $this->signature);

        parent::__construct($worker, $cache);
    }

    protected function runWorker($connection, $queue)
    {
        $driver = $this->laravel['config']->get("queue.connections.{$connection}.driver");

        if ($driver !== 'redis' || ! extension_loaded('qworker')) {
            $this->line(sprintf(
                'qworker: %s; running Laravel\'s own worker.',
                $driver !== 'redis'
                    ? "connection [{$connection}] uses the [".($driver ?? 'unknown').'] driver, not redis'
                    : 'the qworker extension is not loaded'
            ));

            return parent::runWorker($connection, $queue);
        }

        return (new NativeWorker($this->laravel, $this->worker, $this->cache))->run(
            $connection, $queue, $this->gatherWorkerOptions(), (bool) $this->option('once')
        );
    }
}
