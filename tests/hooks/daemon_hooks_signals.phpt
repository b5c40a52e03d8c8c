--TEST--
Signal hooks (Laravel 13's WorkerInterrupted, WorkerPausing, WorkerResuming): SIGTERM during a job calls interrupted (15, the job) while the job still runs, the job finishes, then stopping; idle, SIGUSR2 calls pausing and SIGCONT resuming (connection, queue), SIGINT interrupted (2, null); a throwing interrupted hook throws into the job
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

echo "-- SIGTERM during a job\n";
$w->push('SlowJob', ['n' => 1, 'ms' => 1500]);
$w->push('OkJob', 2);
$c = qwb_worker_child([], ['sleep' => 0.1], ['interrupted', 'pausing', 'resuming', 'after', 'stopping']);
qwb_ok('job started', $c->waitFor('SlowJob started', 10), $c->output() . $c->errors());
usleep(200000);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
echo implode("\n", qwb_lines($c->output(), ['SlowJob', 'OkJob', 'hook', 'report'])), "\n", $c->errors();
$w->clear();

echo "-- idle: SIGUSR2, SIGCONT, SIGINT\n";
$c = qwb_worker_child([], ['sleep' => 0.1], ['idle', 'interrupted', 'pausing', 'resuming', 'stopping']);
qwb_ok('idle', $c->waitFor('hook idle', 10), $c->output() . $c->errors());
$c->signal(12);
qwb_ok('pausing', $c->waitFor('hook pausing', 5), $c->output() . $c->errors());
$c->signal(18);
qwb_ok('resuming', $c->waitFor('hook resuming', 5), $c->output() . $c->errors());
$c->signal(2);
echo 'exit status ', var_export($c->wait(10), true), "\n";
$lines = array_filter(qwb_lines($c->output(), ['hook', 'report']), fn ($l) => !str_starts_with($l, 'hook idle'));
echo implode("\n", $lines), "\n", $c->errors();

echo "-- a throwing interrupted hook\n";
$w->push('SlowJob', ['n' => 3, 'ms' => 1500]);
$c = qwb_child(<<<'PHP'
$w = qw_test_worker();
qw_observe($w);
qwb_hooks($w, ['exception', 'stopping']);
$w->on('interrupted', function (int $signal, ?QWorker\Job $job) {
    throw new RuntimeException("interrupted by $signal");
});
exit($w->daemon('redis', null, ['sleep' => 0.1, 'tries' => 1]));
PHP);
qwb_ok('job started', $c->waitFor('SlowJob started', 10), $c->output() . $c->errors());
usleep(200000);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
echo implode("\n", qwb_lines($c->output(), ['SlowJob', 'hook', 'report', 'failer'])), "\n", $c->errors();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- SIGTERM during a job
ok - job started
exit status 0
SlowJob started 1 attempt 1
hook interrupted 15 SlowJob attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
-- idle: SIGUSR2, SIGCONT, SIGINT
ok - idle
ok - pausing
ok - resuming
exit status 0
hook pausing redis default
hook resuming redis default
hook interrupted 2 NULL
hook stopping 0 interrupted
-- a throwing interrupted hook
ok - job started
exit status 0
SlowJob started 3 attempt 1
SlowJob::failed 3 RuntimeException: interrupted by 15
failer redis default RuntimeException: interrupted by 15 (raw body)
hook exception redis SlowJob attempt 1 (failed) RuntimeException: interrupted by 15
report RuntimeException: interrupted by 15
hook stopping 0 interrupted
