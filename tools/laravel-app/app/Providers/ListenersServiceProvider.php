<?php

namespace App\Providers;

use App\Listeners\JobStats;
use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;
use Illuminate\Queue\Events\WorkerStopping;
use Illuminate\Support\ServiceProvider;

/**
 * QW_APP_LISTENERS=1 (bench/): the queue event listeners a real app has,
 * none doing I/O per job: class listeners (App\Listeners\JobStats) on
 * JobProcessing, JobProcessed and JobFailed, and queue-wide Queue::before()
 * and Queue::after() callbacks. When the worker stops, the counts go to
 * storage/listeners.log, so the benchmark can check that each listener ran
 * once per job. Without the switch it registers nothing.
 */
class ListenersServiceProvider extends ServiceProvider
{
    public function boot()
    {
        if (! getenv('QW_APP_LISTENERS')) {
            return;
        }
        $this->app->singleton(JobStats::class);
        $events = $this->app['events'];
        $events->listen(JobProcessing::class, JobStats::class.'@processing');
        $events->listen(JobProcessed::class, JobStats::class.'@processed');
        $events->listen(JobFailed::class, JobStats::class.'@failed');
        $queue = $this->app['queue'];
        $queue->before(function (JobProcessing $event) {
            $this->app->make(JobStats::class)->counts['before']++;
        });
        $queue->after(function (JobProcessed $event) {
            $stats = $this->app->make(JobStats::class);
            $stats->counts['after']++;
            $stats->peakMemory = max($stats->peakMemory, memory_get_usage());
        });
        $events->listen(WorkerStopping::class, function () {
            file_put_contents(storage_path('listeners.log'), $this->app->make(JobStats::class)->summary()."\n", FILE_APPEND);
        });
    }
}
