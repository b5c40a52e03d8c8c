<?php

namespace App\Jobs;

use App\Effects;
use Illuminate\Support\Facades\Event;

/**
 * Starts listening, from inside a job, to the per-job events a worker may
 * skip while nothing listens (those of them the installed Laravel has):
 * each later one is recorded with the name of the job it carries.
 */
class ListensLater extends Job
{
    public function handle()
    {
        $this->record('listening from now on');
        foreach (['Looping', 'JobPopping', 'JobPopped', 'JobAttempted', 'JobReleased'] as $name) {
            $class = 'Illuminate\\Queue\\Events\\'.$name;
            if (class_exists($class)) {
                Event::listen($class, function ($event) use ($name) {
                    $job = isset($event->job) ? unserialize($event->job->payload()['data']['command']) : null;
                    Effects::record('event '.$name.($job ? ' of '.$job->name : ''));
                });
            }
        }
    }
}
