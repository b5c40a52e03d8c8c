<?php

namespace App\Jobs;

use RuntimeException;

class RetryThenSucceed extends Job
{
    public function handle()
    {
        if ($this->attempts() < 2) {
            $this->record('throws attempt '.$this->attempts());
            throw new RuntimeException('first attempt fails');
        }
        $this->record('ran attempt '.$this->attempts());
    }
}
