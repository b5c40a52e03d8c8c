<?php

namespace App\Jobs;

class Timeout extends Job
{
    public $timeout = 1;

    public function handle()
    {
        $this->record('started attempt '.$this->attempts());
        sleep(4);
        $this->record('finished');
    }
}
