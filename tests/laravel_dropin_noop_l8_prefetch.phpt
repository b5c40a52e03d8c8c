--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, five no-op jobs, --stop-when-empty: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'noop', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  noop1: ran attempt 1
  noop2: ran attempt 1
  noop3: ran attempt 1
  noop4: ran attempt 1
  noop5: ran attempt 1
redis:
