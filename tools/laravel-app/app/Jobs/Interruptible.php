<?php

namespace App\Jobs;

/**
 * Runs for up to 3 s, recording its start, the signal Laravel 13 tells it
 * of (Illuminate\Contracts\Queue\Interruptible, where the installed Laravel
 * has it) and its end, which comes early once told.
 */
abstract class InterruptibleBase extends Job
{
    private ?int $signal = null;

    public function handle()
    {
        $this->record('started');
        for ($end = microtime(true) + 3; $this->signal === null && microtime(true) < $end;) {
            usleep(10000);
        }
        $this->record('finished'.($this->signal === null ? '' : ' early'));
    }

    public function interrupted(int $signal): void
    {
        $this->signal = $signal;
        $this->record('interrupted by '.$signal);
    }
}

if (interface_exists(\Illuminate\Contracts\Queue\Interruptible::class)) {
    class Interruptible extends InterruptibleBase implements \Illuminate\Contracts\Queue\Interruptible
    {
    }
} else {
    class Interruptible extends InterruptibleBase
    {
    }
}
