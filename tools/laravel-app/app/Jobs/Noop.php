<?php

namespace App\Jobs;

class Noop extends Job
{
    public function handle()
    {
        $this->record('ran attempt '.$this->attempts());
    }
}
