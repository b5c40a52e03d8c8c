<?php

namespace QWorker\Laravel\Console;

/** `php artisan queue:work` on qworker, when qworker.replace_queue_work is on. */
class QueueWorkCommand extends WorkCommand
{
    protected const NAME = 'queue:work';

    protected $description = 'Start processing jobs on the queue as a daemon';
}
