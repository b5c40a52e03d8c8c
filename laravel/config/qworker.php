<?php

return [
    /*
     * When true, `php artisan queue:work` itself runs on qworker, as
     * `php artisan qworker:work` does. Off by default: qworker:work is the
     * opt-in command.
     */
    'replace_queue_work' => (bool) env('QWORKER_REPLACE_QUEUE_WORK', false),

    /*
     * What the command does where qworker cannot run (the extension is not
     * loaded, or the connection's driver is not redis). True: it says so on
     * stderr and runs Laravel's own worker. False (for production, where a
     * worker without qworker is a deployment error): it says so on stderr
     * and exits 1 without working the queue.
     */
    'fallback' => (bool) env('QWORKER_FALLBACK', true),

    /*
     * How many jobs one pop may reserve ahead (1 to 1000). Above 1, a worker
     * takes up to that many jobs of a queue in one Redis round trip and runs
     * them in order; those it cannot start (stop, restart, maintenance) go
     * back to the head of the queue at once. A higher-priority queue is
     * looked at again only once the jobs in hand have run.
     */
    'prefetch' => (int) env('QWORKER_PREFETCH', 1),
];
