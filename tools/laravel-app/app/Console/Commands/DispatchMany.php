<?php

namespace App\Console\Commands;

use App\Jobs\Nothing;
use App\Jobs\Sleeps;
use Illuminate\Console\Command;

/** Queues N no-op jobs (with --ms, jobs sleeping that many ms), as the app's own dispatch does (for bench/). */
class DispatchMany extends Command
{
    protected $signature = 'qwtest:dispatch-many {count} {--queue=default} {--ms=0}';

    public function handle()
    {
        $ms = (int) $this->option('ms');
        for ($i = (int) $this->argument('count'); $i > 0; $i--) {
            ($ms > 0 ? Sleeps::dispatch($ms) : Nothing::dispatch())->onQueue($this->option('queue'));
        }

        return 0;
    }
}
