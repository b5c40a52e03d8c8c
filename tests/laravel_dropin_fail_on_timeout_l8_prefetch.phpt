--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, $failOnTimeout: a job timing out on its first of three tries is failed at once: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'fail_on_timeout', 8);
?>
--EXPECT--
same outcome
exit:
  137
effects:
  failontimeout: started attempt 1
  failontimeout: failed() Illuminate\Queue\MaxAttemptsExceededException
failed_jobs:
  redis/default App\Jobs\FailOnTimeout attempts=0: Illuminate\Queue\MaxAttemptsExceededException: App\Jobs\FailOnTimeout has been attempted too many times or run too long. The job may have previously timed out.
redis:
