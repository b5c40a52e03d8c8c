<?php

namespace App\Jobs;

use Illuminate\Bus\Batchable;

class BatchStep extends Job
{
    use Batchable;

    public function handle()
    {
        $this->record('ran in batch');
    }
}
