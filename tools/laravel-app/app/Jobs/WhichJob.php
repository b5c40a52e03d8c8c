<?php

namespace App\Jobs;

/** Records the class of the queue job it was handed: which worker ran it. */
class WhichJob extends Job
{
    public function handle()
    {
        $this->record('handed a '.get_class($this->job));
    }
}
