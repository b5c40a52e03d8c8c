<?php

namespace App\Jobs;

/**
 * Counts a crash of its worker as one of its exceptions (Laravel 13's
 * countCrashesAsExceptions; older Laravels leave it out of the payload):
 * its first attempt waits for the test to SIGKILL the worker, a later one
 * runs.
 */
class CrashCounted extends Job
{
    public $tries = 5;

    public $maxExceptions = 1;

    public $countCrashesAsExceptions = true;

    public function handle()
    {
        $this->record('started attempt '.$this->attempts());
        if ($this->attempts() === 1) {
            sleep(30);
        }
        $this->record('ran attempt '.$this->attempts());
    }
}
