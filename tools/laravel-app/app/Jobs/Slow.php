<?php

namespace App\Jobs;

/** Runs for 2 s, recording its start and end (the test signals the worker in between). */
class Slow extends Job
{
    public function handle()
    {
        $this->record('started');
        usleep(2000000);
        $this->record('finished');
    }
}
