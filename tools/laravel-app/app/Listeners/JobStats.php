<?php

namespace App\Listeners;

use Illuminate\Queue\Events\JobFailed;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;

/**
 * The benchmark's queue listeners (QW_APP_LISTENERS=1, see
 * ListenersServiceProvider), of the kind real apps have: they count the
 * jobs, time each one and keep the last few in memory, with no I/O per job.
 * One instance (a singleton), which the event dispatcher resolves from the
 * container on every event, as it does an app's class listeners.
 */
class JobStats
{
    /** How many jobs the recent lists keep. */
    private const RECENT = 50;

    /** @var array<string, int> events seen, by name */
    public array $counts = ['processing' => 0, 'processed' => 0, 'failed' => 0, 'before' => 0, 'after' => 0];

    /** @var array<string, int> hrtime at the start of the jobs running, by job id */
    private array $started = [];

    /** @var array[] the last jobs run: name, queue, attempts, µs */
    private array $recent = [];

    /** @var array[] the last jobs failed: name, exception class */
    private array $failures = [];

    public int $peakMemory = 0;

    public function processing(JobProcessing $event): void
    {
        $this->counts['processing']++;
        $this->started[$event->job->getJobId()] = hrtime(true);
    }

    public function processed(JobProcessed $event): void
    {
        $this->counts['processed']++;
        $job = $event->job;
        $started = $this->started[$id = $job->getJobId()] ?? hrtime(true);
        unset($this->started[$id]);
        $this->recent[] = [$job->resolveName(), $job->getQueue(), $job->attempts(), intdiv(hrtime(true) - $started, 1000)];
        if (count($this->recent) > self::RECENT) {
            array_shift($this->recent);
        }
    }

    public function failed(JobFailed $event): void
    {
        $this->counts['failed']++;
        unset($this->started[$event->job->getJobId()]);
        $this->failures[] = [$event->job->resolveName(), get_class($event->exception)];
        if (count($this->failures) > self::RECENT) {
            array_shift($this->failures);
        }
    }

    /** The counts as one line: "processing=N processed=N ...". */
    public function summary(): string
    {
        return http_build_query($this->counts, '', ' ');
    }
}
