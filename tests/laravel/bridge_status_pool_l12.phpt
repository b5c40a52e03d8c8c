--TEST--
Laravel bridge, qworker:status against a real qworker:supervise pool (the Composer Laravel 12 app): 0 "running" with the pool's own row while it runs, 1 "paused" after SIGUSR2 (at its next heartbeat), 2 "inactive" once SIGTERM stopped it (its heartbeat deleted)
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('12', 'bridge_status_pool');
$app->reset();
/* qworker:status until its exit status is $want and its output matches $re (a heartbeat comes every 5 s); its last run. */
$until = function (int $want, string $re = '/./') use ($app): array {
    for ($end = microtime(true) + 12; (($run = $app->run(['qworker:status']))['status'] !== $want || !preg_match($re, $run['output'])) && microtime(true) < $end; usleep(200000)) {
    }
    return $run;
};
$status = $app->artisan(['qworker:supervise', 'redis', '--processes=2', '--sleep=0.1'], true, function (int $pid, QwDropin $app) use ($until) {
    /* Its row, once both workers run (the first beat may come before the forks). */
    $row = '/\|\s*\S+:' . $pid . '\s*\|.*\|\s*' . $pid . '\s*\|\s*running\s*\|\s*2\s*\|\s*default\s*\|/';
    $run = $until(0, $row);
    echo 'running: exit ', $run['status'], ', its row: ', json_encode(preg_match($row, $run['output']) === 1), "\n";
    posix_kill($pid, SIGUSR2);
    $run = $until(1);
    echo 'after SIGUSR2: exit ', $run['status'], ', ', trim(substr($run['output'], strrpos(rtrim($run['output']), "\n"))), "\n";
    posix_kill($pid, SIGCONT);
    posix_kill($pid, SIGTERM);
});
echo 'pool exit: ', $status, "\n";
$run = $app->run(['qworker:status']);
echo 'after SIGTERM: exit ', $run['status'], ', ', trim($run['output']), "\n";
?>
--EXPECT--
running: exit 0, its row: true
after SIGUSR2: exit 1, WARN  qworker is paused.
pool exit: 0
after SIGTERM: exit 2, ERROR  qworker is inactive.
