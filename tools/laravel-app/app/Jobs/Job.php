<?php

namespace App\Jobs;

use App\Effects;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

/** Base of the test jobs: records "<name>: <what>" as its side effects. */
abstract class Job implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public $name;

    public function __construct(string $name = 'job')
    {
        $this->name = $name;
    }

    protected function record(string $what): void
    {
        Effects::record($this->name.': '.$what);
    }

    public function failed($e)
    {
        $this->record('failed() '.($e ? get_class($e) : 'null'));
    }
}
