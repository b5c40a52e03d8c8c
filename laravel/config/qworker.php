<?php

return [
    /*
     * When true, `php artisan queue:work` itself runs on qworker, as
     * `php artisan qworker:work` does. Off by default: qworker:work is the
     * opt-in command.
     */
    'replace_queue_work' => (bool) env('QWORKER_REPLACE_QUEUE_WORK', false),
];
