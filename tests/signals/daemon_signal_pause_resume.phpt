--TEST--
Daemon signals: SIGUSR2 pauses the worker (no pops: a job pushed while paused is not taken for over a second), SIGCONT resumes it (the job is then taken), and SIGTERM then stops it with status 0
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();
$r = new QwTestRedis();

$w->push('OkJob', 1);
$c = qwb_child(<<<'PHP'
$w = qw_test_worker();
qw_observe($w);
qwb_hooks($w, ['popping', 'stopping']);
$status = $w->daemon('redis', null, ['sleep' => 0.1]);
echo "daemon returned $status\n";
exit($status);
PHP);
qwb_ok('job 1 ran', $c->waitFor('OkJob::fire 1 attempt 1', 10), $c->output() . $c->errors());

$c->signal(12); /* SIGUSR2 */
usleep(500000); /* the pass in flight ends; the next ones are paused */
$mark = strlen($c->output());
$w->push('OkJob', 2);
usleep(1500000);
$during = substr($c->output(), $mark);
qwb_ok('still running while paused', $c->running());
qwb_ok('job 2 not taken while paused', !str_contains($c->output(), 'OkJob::fire 2'), $c->output());
qwb_ok('job 2 still queued', $r->key('LLEN', 'queues:default') === 1);
qwb_ok('no pop while paused', substr_count($during, 'hook popping') === 0, $during);

$c->signal(18); /* SIGCONT */
qwb_ok('job 2 taken after SIGCONT', $c->waitFor('OkJob::fire 2 attempt 1', 5), $c->output() . $c->errors());
usleep(200000);
$c->signal(15);
$status = $c->wait(10);
echo implode("\n", qwb_lines($c->output(), ['OkJob', 'hook stopping', 'daemon', 'report'])), "\n", $c->errors();
echo 'exit status ', var_export($status, true), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ok - job 1 ran
ok - still running while paused
ok - job 2 not taken while paused
ok - job 2 still queued
ok - no pop while paused
ok - job 2 taken after SIGCONT
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
