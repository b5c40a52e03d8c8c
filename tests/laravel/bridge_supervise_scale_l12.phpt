--TEST--
Laravel bridge, qworker:supervise --min-processes=1 --max-processes=3 --balance=auto --balance-cooldown=0.5 (the Composer Laravel 12 app): the pool starts below three workers (min 1), grows to three on a backlog of 300 ms jobs, runs each job once, and shrinks back to one once the queue is empty
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';
require __DIR__ . '/supervise.inc';

$app = new QwDropin('12', 'bridge_supervise_scale');
$app->reset();
$app->dispatch('pool_slow');
$seen = [];
$status = $app->artisan(['qworker:supervise', 'redis', '--min-processes=1', '--max-processes=3', '--balance=auto', '--balance-cooldown=0.5', '--sleep=0.1'], true,
    function (int $pid, QwDropin $app) use (&$seen) {
        /* The number of workers each time it changes: until every job ran, then until it is back to one. */
        $sample = function () use ($pid, &$seen) {
            $n = count(qw_supervise_children($pid));
            if ($n > 0 && end($seen) !== $n) {
                $seen[] = $n;
            }
            return $n;
        };
        for ($end = microtime(true) + 30; count($app->effects()) < 12 && microtime(true) < $end; usleep(20000)) {
            $sample();
        }
        for ($end = microtime(true) + 15; $sample() !== 1 && microtime(true) < $end; usleep(20000)) {
        }
        posix_kill($pid, SIGTERM);
    });
echo 'exit: ', $status, "\n";
/* The first step may come before the first sample: the pool is seen with one worker or two at first. */
echo 'workers: first fewer than 3: ', json_encode($seen[0] < 3), ', most ', max($seen), ', last ', end($seen), "\n";
$ran = array_count_values($app->effects());
echo 'jobs run: ', count($ran), ', each once: ', json_encode(max($ran) === 1), "\n";
?>
--EXPECT--
exit: 0
workers: first fewer than 3: true, most 3, last 1
jobs run: 12, each once: true
