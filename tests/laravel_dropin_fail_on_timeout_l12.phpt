--TEST--
Laravel 12 (Composer) drop-in, $failOnTimeout: a job timing out on its first of three tries is failed at once: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('12', 'fail_on_timeout');
?>
--EXPECT--
same outcome
exit:
  137
effects:
  failontimeout: started attempt 1
  failontimeout: failed() Illuminate\Queue\TimeoutExceededException
failed_jobs:
  redis/default App\Jobs\FailOnTimeout attempts=0: Illuminate\Queue\TimeoutExceededException: App\Jobs\FailOnTimeout has timed out.
redis:
