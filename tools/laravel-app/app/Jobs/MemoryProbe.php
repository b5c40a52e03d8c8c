<?php

namespace App\Jobs;

/** Records the worker's memory in use (memory_get_usage()), to see it stay flat over many jobs. */
class MemoryProbe extends Job
{
    public function handle()
    {
        gc_collect_cycles();
        $this->record('memory '.memory_get_usage());
    }
}
