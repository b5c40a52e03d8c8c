<?php

namespace App\Jobs;

use RuntimeException;

/**
 * Retryable for 3 s from its dispatch, released for 4 s after its first
 * exception: its second pick is past the deadline, and fails unrun.
 */
class RetryUntil extends Job
{
    public $backoff = 4;

    public function retryUntil()
    {
        return now()->addSeconds(3);
    }

    public function handle()
    {
        $this->record('throws attempt '.$this->attempts());
        throw new RuntimeException('retried until the deadline');
    }
}
