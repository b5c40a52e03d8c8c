--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, $maxExceptions = 2 fails the job on its second exception, counted in the app cache: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'max_exceptions', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  maxexc: throws attempt 1
  maxexc: throws attempt 2
  maxexc: failed() RuntimeException
failed_jobs:
  redis/default App\Jobs\MaxExceptions attempts=1: RuntimeException: counts against maxExceptions
redis:
