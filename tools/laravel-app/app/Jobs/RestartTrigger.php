<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Artisan;

/**
 * Runs `queue:restart` from inside the worker, then stays 1.1 s: qworker
 * reads the restart signal at most once a second (README, design notes).
 */
class RestartTrigger extends Job
{
    public function handle()
    {
        Artisan::call('queue:restart');
        $this->record('queue:restart called');
        usleep(1100000);
    }
}
