<?php

namespace App\Jobs;

/** Records whether it ran no earlier than its delay allowed. */
class Delayed extends Job
{
    public $notBefore;

    public function __construct(string $name, int $delay)
    {
        parent::__construct($name);
        $this->notBefore = time() + $delay;
        $this->delay($delay);
    }

    public function handle()
    {
        $this->record(time() >= $this->notBefore ? 'ran after its delay' : 'ran too early');
    }
}
