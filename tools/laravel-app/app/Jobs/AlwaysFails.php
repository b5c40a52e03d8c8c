<?php

namespace App\Jobs;

use RuntimeException;

/** Throws until storage/heal exists (the test creates it before queue:retry). */
class AlwaysFails extends Job
{
    public function handle()
    {
        if (is_file(storage_path('heal'))) {
            $this->record('healed attempt '.$this->attempts());

            return;
        }
        $this->record('throws attempt '.$this->attempts());
        throw new RuntimeException('always fails');
    }
}
