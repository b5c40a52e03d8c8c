<?php

namespace App\Jobs;

class ChainStep extends Job
{
    public function handle()
    {
        $this->record('ran');
    }
}
