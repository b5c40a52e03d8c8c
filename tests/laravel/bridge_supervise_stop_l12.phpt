--TEST--
Laravel bridge, qworker:supervise --processes=3 stopping (the Composer Laravel 12 app): SIGTERM while its workers run 300 ms jobs loses none (each job ran once or is still queued, none reserved) and exits 0; `artisan queue:restart` stops the pool with status 0
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';
require __DIR__ . '/supervise.inc';

$app = new QwDropin('12', 'bridge_supervise_stop');
$app->reset();
$app->dispatch('pool_slow');
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=3', '--sleep=0.1'], true, function (int $pid, QwDropin $app) {
    $app->waitForEffect('s1: ran');
    posix_kill($pid, SIGTERM);
});
echo 'SIGTERM, exit: ', $status, "\n";
$app->tally('after SIGTERM', 12);
$ran = array_count_values($app->effects());
echo 'ran at most once each: ', json_encode(max($ran) === 1), ', ran some but not all: ', json_encode(count($ran) > 0 && count($ran) < 12), "\n";
echo $app->outcome()['tally'][0], "\n";
echo 'reserved left: ', json_encode(array_keys(array_filter($app->outcome()['redis'], fn ($v, $k) => str_ends_with($k, ':reserved'), ARRAY_FILTER_USE_BOTH))), "\n";

$app->reset();
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=3', '--sleep=0.1'], true, function (int $pid, QwDropin $app) {
    for ($end = microtime(true) + 20; count(qw_supervise_children($pid)) < 3 && microtime(true) < $end;) {
        usleep(20000);
    }
    $app->waitForEvent('WorkerStarting', 3);
    $app->artisan(['queue:restart'], false);
});
echo 'queue:restart, exit: ', $status, "\n";
?>
--EXPECTF--
SIGTERM, exit: 0
ran at most once each: true, ran some but not all: true
after SIGTERM: 12 pushed, %d ran, 0 failed, %d queued, 0 lost
reserved left: []
queue:restart, exit: 0
