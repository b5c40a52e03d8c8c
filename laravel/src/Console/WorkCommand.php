<?php

namespace QWorker\Laravel\Console;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Queue\Console\WorkCommand as LaravelWorkCommand;
use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Failed\DatabaseUuidFailedJobProvider;
use Illuminate\Queue\Worker;
use Illuminate\Support\Facades\Date;
use Illuminate\Support\Str;
use QWorker;
use QWorker\Laravel\NativeWorker;
use QWorker\Laravel\Settings;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * `php artisan qworker:work`: the installed Laravel's queue:work (its
 * signature, defaults, console lines and failed-job logging are inherited,
 * the logging keeping also payloads without a uuid), with the worker loop
 * run by the qworker extension for redis connections.
 * Other drivers, a Redis Cluster connection or a PHP without the extension
 * run Laravel's own worker, and the command says so on stderr; with
 * qworker.fallback off it exits 1 instead. Under -v it names qworker's and
 * hiredis' versions on stderr. The native worker writes its console lines
 * through CachedOutputStyle: the same bytes, formatted for less.
 */
class WorkCommand extends LaravelWorkCommand
{
    /** The command's name; the rest of the signature is the installed queue:work's. */
    protected const NAME = 'qworker:work';

    /** What the fallback line says runs instead. */
    protected const FALLBACK_WORKER = "Laravel's own worker";

    protected $description = 'Start processing jobs on the queue as a daemon, in the qworker extension';

    public function __construct(Worker $worker, Cache $cache)
    {
        $this->signature = preg_replace('/^\s*queue:work\b/', static::NAME, $this->signature);

        parent::__construct($worker, $cache);
    }

    protected function runWorker($connection, $queue)
    {
        $why = Settings::unsupported($this->laravel['config'], $connection);

        if ($why !== null || ! extension_loaded('qworker')) {
            $why ??= 'the qworker extension is not loaded';

            if (! $this->laravel['config']->get('qworker.fallback', true)) {
                $this->stderrLine('error', $connection, "qworker: {$why}; qworker.fallback (QWORKER_FALLBACK) is off: not running ".static::FALLBACK_WORKER." instead.");

                return 1;
            }
            $this->stderrLine('warning', $connection, "qworker: {$why}; running ".static::FALLBACK_WORKER.'.');

            return parent::runWorker($connection, $queue);
        }

        if ($this->output->isVerbose()) {
            $this->stderrLine('info', $connection, sprintf(
                'qworker %s (hiredis %s), prefetch %d: working connection [%s], queue [%s] natively.',
                QWorker::VERSION, QWorker::HIREDIS_VERSION, Settings::prefetch($this->laravel['config']), $connection, $queue
            ));
        }

        $this->output = CachedOutputStyle::around($this->output, $this->input);

        return (new NativeWorker($this->laravel, $this->worker, $this->cache))->run(
            $connection, $queue, $this->gatherWorkerOptions(), (bool) $this->option('once'), $this->poolOptions()
        );
    }

    /** supervise()'s pool options, or null to run one daemon() (qworker:work). */
    protected function poolOptions(): ?array
    {
        return null;
    }

    /**
     * Writes one line to stderr, so that stdout keeps only the worker's own
     * lines: a JSON line under --json (Laravel 11.27+), else the text.
     */
    private function stderrLine(string $level, string $connection, string $message): void
    {
        $stderr = $this->output->getErrorStyle();

        if (! $this->hasOption('json') || ! $this->option('json')) {
            $stderr->writeln($message, OutputInterface::OUTPUT_RAW);

            return;
        }
        $stderr->writeln(json_encode([
            'level' => $level,
            'connection' => $connection,
            'message' => $message,
            'timestamp' => (method_exists($this, 'now') ? $this->now() : Date::now())->format('Y-m-d\TH:i:s.uP'),
        ]), OutputInterface::OUTPUT_RAW);
    }

    /**
     * Laravel's failed-job logging, keeping also a payload that carries no
     * uuid (not a JSON object, or pushed by hand): the database-uuids failer
     * reads the row's uuid from the payload and would throw, and the job,
     * already deleted from the queue, would be lost. Its row gets a new uuid
     * and the payload as it was queued.
     */
    protected function logFailedJob(JobFailed $event)
    {
        $failer = $this->laravel['queue.failer'];
        $payload = $event->job->getRawBody();

        if (! $failer instanceof DatabaseUuidFailedJobProvider || isset(json_decode($payload, true)['uuid'])) {
            return parent::logFailedJob($event);
        }

        (function () use ($event, $payload) {
            $this->getTable()->insert([
                'uuid' => (string) Str::uuid(),
                'connection' => $event->connectionName,
                'queue' => $event->job->getQueue(),
                'payload' => $payload,
                'exception' => (string) $event->exception,
                'failed_at' => Date::now(),
            ]);
        })->call($failer);
    }
}
