--TEST--
Laravel 8.83 (Debian) drop-in with qworker.prefetch = 8, ShouldBeEncrypted: the encrypted payload is decrypted and run: the same outcome under queue:work and qworker:work
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'encrypted', 8);
?>
--EXPECT--
same outcome
exit:
  0
effects:
  enc: ran with the secret
failed_jobs:
redis:
