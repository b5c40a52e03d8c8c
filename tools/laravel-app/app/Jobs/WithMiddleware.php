<?php

namespace App\Jobs;

use App\Effects;

class WithMiddleware extends Job
{
    public function middleware()
    {
        return [function ($job, $next) {
            Effects::record($job->name.': middleware before');
            $next($job);
            Effects::record($job->name.': middleware after');
        }];
    }

    public function handle()
    {
        $this->record('ran');
    }
}
