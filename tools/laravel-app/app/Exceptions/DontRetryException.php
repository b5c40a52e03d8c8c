<?php

namespace App\Exceptions;

use RuntimeException;

/** Listed in the app handler's $dontRetry (Laravel 13's shouldStopRetries()). */
class DontRetryException extends RuntimeException
{
}
