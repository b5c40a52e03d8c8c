<?php

namespace App\Jobs;

class ReleasesItself extends Job
{
    public $tries = 3;

    public function handle()
    {
        if ($this->attempts() === 1) {
            $this->record('releases attempt 1');
            $this->release(0);

            return;
        }
        $this->record('ran attempt '.$this->attempts());
    }
}
