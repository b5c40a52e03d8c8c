<?php

namespace App\Jobs;

/** Times out on its first attempt of three, and is failed at once: $failOnTimeout. */
class FailOnTimeout extends Job
{
    public $timeout = 1;

    public $tries = 3;

    public $failOnTimeout = true;

    public function handle()
    {
        $this->record('started attempt '.$this->attempts());
        sleep(4);
        $this->record('finished');
    }
}
