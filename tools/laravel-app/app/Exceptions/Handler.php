<?php

namespace App\Exceptions;

use Illuminate\Foundation\Exceptions\Handler as ExceptionHandler;
use Throwable;

/** Reports each exception as one line of storage/reported.log, for the outcome. */
class Handler extends ExceptionHandler
{
    /** Laravel 13 fails a job at once on these (shouldStopRetries()); older Laravels do not read it. */
    protected $dontRetry = [DontRetryException::class];

    public function report(Throwable $e)
    {
        file_put_contents(
            storage_path('reported.log'),
            get_class($e).': '.strtok($e->getMessage(), "\n")."\n",
            FILE_APPEND | LOCK_EX
        );
    }
}
