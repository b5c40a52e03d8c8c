<?php

namespace App\Console\Commands;

use App\Jobs\Nothing;
use Illuminate\Console\Command;

/** Queues N no-op jobs, as the app's own dispatch does (for bench/). */
class DispatchMany extends Command
{
    protected $signature = 'qwtest:dispatch-many {count} {--queue=default}';

    public function handle()
    {
        for ($i = (int) $this->argument('count'); $i > 0; $i--) {
            Nothing::dispatch()->onQueue($this->option('queue'));
        }

        return 0;
    }
}
