<?php

namespace App\Jobs;

/** Keeps 40 MB alive after it ends, so the worker is over a 32 MB --memory. */
class MemoryHog extends Job
{
    public static $kept = [];

    public function handle()
    {
        self::$kept[] = str_repeat('x', 40 * 1024 * 1024);
        $this->record('holds 40 MB');
    }
}
