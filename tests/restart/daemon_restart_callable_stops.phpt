--TEST--
Restart signal, callable store: the callable is read when daemon() starts (before the first pass) and again while it runs; when it goes from null to a value (absent -> present) the daemon stops with status 0 and (0, "received_restart_signal")
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();

$value = null;
$calls = 0;
$w = qw_test_worker();
$w->setCache(function () use (&$value, &$calls) {
    $calls++;
    return $value;
});
$callsAtFirstPass = null;
$r = qw_restart_daemon($w, function (int $pass) use (&$value, &$calls, &$callsAtFirstPass) {
    $callsAtFirstPass ??= $calls;
    if ($pass === 3) {
        $value = 1700000000;
        return true;
    }
    return false;
});
echo "read before the first pass: ", $callsAtFirstPass >= 1 ? 'yes' : "no ($callsAtFirstPass calls)", "\n";
echo qw_restart_summary($r), "\n";
echo "read again after the change: ", $calls > $callsAtFirstPass ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
read before the first pass: yes
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
read again after the change: yes
