<?php

namespace App\Jobs;

use RuntimeException;

class MaxExceptions extends Job
{
    public $tries = 10;

    public $maxExceptions = 2;

    public function handle()
    {
        $this->record('throws attempt '.$this->attempts());
        throw new RuntimeException('counts against maxExceptions');
    }
}
