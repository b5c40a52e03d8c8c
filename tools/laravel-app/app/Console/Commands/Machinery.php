<?php

namespace App\Console\Commands;

use App\Jobs\Nothing;
use App\Listeners\JobStats;
use Illuminate\Console\Command;
use Illuminate\Queue\Console\WorkCommand;
use Illuminate\Queue\Jobs\SyncJob;
use Illuminate\Queue\WorkerOptions;
use Symfony\Component\Console\Input\ArrayInput;

/**
 * Laravel's own per-job machinery, with no Redis (for bench/): Worker::process()
 * on N SyncJobs of one App\Jobs\Nothing payload, made as the sync queue
 * makes it, through the app's listeners. Prints
 * "machinery N jobs: cpu_us X wall_us Y" (per job, the loop alone, not the
 * boot) and, when the listeners are on (QW_APP_LISTENERS=1), their counts.
 * With --lines, queue:work's own console-line listeners (the installed
 * Illuminate\Queue\Console\WorkCommand's) write each job's lines to this
 * command's output first, as they do in a worker.
 */
class Machinery extends Command
{
    protected $signature = 'qwtest:machinery {count} {--lines : with queue:work\'s console lines}';

    public function handle()
    {
        $n = (int) $this->argument('count');
        $queue = $this->laravel['queue']->connection('sync');
        $payload = (function ($job) {
            return $this->createPayload($job, 'default');
        })->call($queue, (new Nothing)->onQueue('default'));
        $worker = $this->laravel->make('queue.worker');
        $options = new WorkerOptions;
        if ($this->option('lines')) {
            $this->listenAsQueueWork();
        }

        $cpu = self::cpu();
        $wall = hrtime(true);
        for ($i = 0; $i < $n; $i++) {
            $worker->process('sync', new SyncJob($this->laravel, $payload, 'sync', 'default'), $options);
        }
        $wall = (hrtime(true) - $wall) / 1e3;
        $cpu = self::cpu() - $cpu;

        $this->line(sprintf('machinery %d jobs: cpu_us %.2f wall_us %.2f', $n, $cpu / $n, $wall / $n));
        if ($this->laravel->bound(JobStats::class)) {
            $this->line('listeners: '.$this->laravel->make(JobStats::class)->summary());
        }

        return 0;
    }

    /** This process' user + system CPU time so far, in µs. */
    /** Registers queue:work's console-line listeners, writing to this command's output. */
    private function listenAsQueueWork(): void
    {
        $work = new WorkCommand($this->laravel['queue.worker'], $this->laravel['cache.store']);
        $work->setLaravel($this->laravel);
        $work->setInput(new ArrayInput(['connection' => 'sync'], $work->getDefinition()));
        $work->setOutput($this->output);
        (function () {
            $this->listenForEvents();
        })->call($work);
    }

    private static function cpu(): float
    {
        $r = getrusage();

        return $r['ru_utime.tv_sec'] * 1e6 + $r['ru_utime.tv_usec'] + $r['ru_stime.tv_sec'] * 1e6 + $r['ru_stime.tv_usec'];
    }
}
