--TEST--
The drop-in tests in tests/laravel/dropin/ (and tests/laravel/l13/ for Laravel 13) are the ones generate_dropin.php writes from dropin/scenarios.inc and dropin/expect/ (run it after editing those), and every expect file is read
--SKIPIF--
<?php require __DIR__ . '/dropin.inc'; /* skips where tools/laravel-app is not (a PECL package) */ ?>
--FILE--
<?php
passthru(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg(__DIR__ . '/generate_dropin.php') . ' --check 2>&1', $status);
echo "exit $status\n";
?>
--EXPECTF--
%d drop-in tests up to date
exit 0
