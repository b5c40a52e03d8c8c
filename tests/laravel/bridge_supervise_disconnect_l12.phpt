--TEST--
Laravel bridge, qworker:supervise (the Composer Laravel 12 app) after an app that used its Redis connection at boot: the command closes it before forking, so each worker opens a connection of its own (a Redis client id other than the boot's) instead of sharing the supervisor's socket
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('12', 'bridge_supervise_disconnect');
$app->reset();
$app->dispatch('pool_clients');
$app->appEnv = ['QW_APP_REDIS_AT_BOOT' => '1'];
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=2', '--sleep=0.1'], true, function (int $pid, QwDropin $app) {
    $app->waitForEffect('c6: redis client');
    posix_kill($pid, SIGTERM);
});
echo 'exit: ', $status, "\n";
$boot = null;
$jobs = [];
foreach ($app->effects() as $line) {
    if (preg_match('/^boot: redis client (\d+)$/', $line, $m)) {
        $boot = $m[1];
    } elseif (preg_match('/^c\d: redis client (\d+)$/', $line, $m)) {
        $jobs[] = $m[1];
    }
}
echo 'jobs: ', count($jobs), ', on the boot connection: ', count(array_filter($jobs, fn ($id) => $id === $boot)), "\n";
?>
--EXPECT--
exit: 0
jobs: 6, on the boot connection: 0
