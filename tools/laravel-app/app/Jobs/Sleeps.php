<?php

namespace App\Jobs;

use App\Effects;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

/**
 * Sleeps $ms milliseconds: the pool's tests and benchmark (bench/pool.php).
 * A named one records "<name>: ran" in storage/effects.log once it slept.
 */
class Sleeps implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public $ms;

    public $name;

    public function __construct(int $ms, ?string $name = null)
    {
        $this->ms = $ms;
        $this->name = $name;
    }

    public function handle()
    {
        usleep($this->ms * 1000);
        if ($this->name !== null) {
            Effects::record($this->name.': ran');
        }
    }
}
