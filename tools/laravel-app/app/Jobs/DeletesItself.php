<?php

namespace App\Jobs;

use RuntimeException;

/** Deletes itself, then throws: a deleted job is neither released nor failed. */
class DeletesItself extends Job
{
    public $tries = 3;

    public function handle()
    {
        $this->record('deletes attempt '.$this->attempts());
        $this->delete();
        throw new RuntimeException('thrown after delete');
    }
}
