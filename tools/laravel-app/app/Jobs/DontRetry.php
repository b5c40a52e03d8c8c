<?php

namespace App\Jobs;

use App\Exceptions\DontRetryException;

/** Throws an exception the app's handler lists in $dontRetry: Laravel 13 fails it at once, older ones retry it. */
class DontRetry extends Job
{
    public $tries = 3;

    public function handle()
    {
        $this->record('throws attempt '.$this->attempts());
        throw new DontRetryException('not worth a retry');
    }
}
