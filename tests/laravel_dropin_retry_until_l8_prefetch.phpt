--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, retryUntil(): the pick after the deadline fails the job unrun: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'retry_until', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  until: throws attempt 1
  until: failed() Illuminate\Queue\MaxAttemptsExceededException
failed_jobs:
  redis/default App\Jobs\RetryUntil attempts=1: Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\RetryUntil has been attempted too many times or run too long. The job may have previously timed out.
redis:
