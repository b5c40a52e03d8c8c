--TEST--
Laravel bridge, qworker:supervise --processes=3 (the Composer Laravel 12 app): three worker processes run 30 jobs exactly once each between them, a failing job gets its failed_jobs row and JobFailed event in its worker, SIGTERM to the command stops the pool with status 0
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';
require __DIR__ . '/supervise.inc';

$app = new QwDropin('12', 'bridge_supervise');
$app->reset();
$app->dispatch('pool');
$workers = [];
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=3', '--sleep=0.1'], true, function (int $pid, QwDropin $app) use (&$workers) {
    $app->waitForEffect('fail: throws');
    for ($end = microtime(true) + 20; count(array_filter($app->effects(), fn ($l) => str_contains($l, ': ran'))) < 30 && microtime(true) < $end;) {
        usleep(20000);
    }
    $workers = qw_supervise_children($pid);
    $app->waitForEvent('JobFailed', 1);
    posix_kill($pid, SIGTERM);
});
echo 'exit: ', $status, "\n";
echo 'workers: ', count($workers), "\n";
$ran = array_count_values(array_filter($app->effects(), fn ($l) => str_contains($l, ': ran')));
echo 'jobs run: ', count($ran), ', each once: ', json_encode(array_unique(array_values($ran)) === [1]), "\n";
$outcome = $app->outcome();
echo "failed_jobs:\n";
qw_dropin_print_part($outcome['failed_jobs']);
$events = array_count_values(array_map(fn ($l) => strtok($l, ' '), $outcome['events']));
ksort($events);
echo "events:\n";
qw_dropin_print_part($events);
echo "redis:\n";
qw_dropin_print_part($outcome['redis']);
?>
--EXPECT--
exit: 0
workers: 3
jobs run: 30, each once: true
failed_jobs:
  redis/default App\Jobs\AlwaysFails attempts=0: RuntimeException: always fails
events:
  JobAttempted: 31
  JobExceptionOccurred: 1
  JobFailed: 1
  JobPopped: 31
  JobProcessed: 30
  JobProcessing: 31
  JobQueued: 31
  JobQueueing: 31
  WorkerStarting: 3
  WorkerStopping: 3
redis:
