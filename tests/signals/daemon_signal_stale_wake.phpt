--TEST--
Daemon signals: a SIGCONT, or a SIGUSR2 then SIGCONT, that arrives while a job runs does not leave the blocking pop spinning afterwards: with block_for the idle worker makes one BLPOP call per block_for (about 2 popping hooks in 1.5 s, not thousands), and SIGTERM still stops it at once
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

foreach ([[18], [12, 18]] as $signals) {
    $w->push('SlowJob', ['ms' => 600, 'n' => count($signals)]);
    $c = qwb_child(<<<'PHP'
$w = qw_test_worker(['block_for' => 1]);
qwb_hooks($w, ['popping', 'after', 'stopping']);
exit($w->daemon('redis', null, ['sleep' => 0]));
PHP);
    qwb_ok('the job started', $c->waitFor('SlowJob', 10), $c->output() . $c->errors());
    foreach ($signals as $signo) {
        $c->signal($signo);
        usleep(50000);
    }
    qwb_ok('the job ended', $c->waitFor('hook after', 10), $c->output() . $c->errors());
    $mark = strlen($c->output());
    usleep(1500000);
    $pops = substr_count(substr($c->output(), $mark), 'hook popping');
    qwb_ok('signals ' . implode('+', $signals) . ': blocking pops in 1.5 s: 1 to 3', $pops >= 1 && $pops <= 3, $pops);
    $sent = microtime(true);
    $c->signal(15);
    $status = $c->wait(10);
    qwb_ok('SIGTERM stops it quickly with status 0', $status === 0 && microtime(true) - $sent < 2, [$status, $c->errors()]);
    qwb_ok('stopping hook: interrupted', str_contains($c->output(), 'hook stopping 0 interrupted'), $c->output());
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ok - the job started
ok - the job ended
ok - signals 18: blocking pops in 1.5 s: 1 to 3
ok - SIGTERM stops it quickly with status 0
ok - stopping hook: interrupted
ok - the job started
ok - the job ended
ok - signals 12+18: blocking pops in 1.5 s: 1 to 3
ok - SIGTERM stops it quickly with status 0
ok - stopping hook: interrupted
