<?php

namespace App\Jobs;

/** Records the id Redis gives the app's Redis connection in the worker that runs it (CLIENT ID). */
class RedisClient extends Job
{
    public function handle()
    {
        $this->record('redis client '.app('redis')->connection()->client()->rawCommand('CLIENT', 'ID'));
    }
}
