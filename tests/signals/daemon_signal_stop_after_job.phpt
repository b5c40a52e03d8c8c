--TEST--
Daemon signals: SIGTERM, SIGINT or SIGQUIT while a job runs lets the job finish (deleted), pops no further job although more are queued, calls the stopping hook (0, "interrupted") and daemon() returns 0 (process exit status 0), without ext/pcntl
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();

$child = <<<'PHP'
$w = qw_test_worker();
qw_observe($w);
qwb_hooks($w, ['after', 'stopping']);
$status = $w->daemon('redis', null, ['sleep' => 0.1]);
echo "daemon returned $status\n";
exit($status);
PHP;

$w = qw_test_worker();
$r = new QwTestRedis();
foreach ([15 => 'SIGTERM', 2 => 'SIGINT', 3 => 'SIGQUIT'] as $signo => $name) {
    echo "-- $name\n";
    qw_test_cleanup();
    foreach ([1, 2, 3] as $n) {
        $w->push('SlowJob', ['n' => $n, 'ms' => 800]);
    }
    $c = qwb_child($child);
    qwb_ok('the first job started', $c->waitFor('SlowJob started 1', 10), $c->output() . $c->errors());
    $c->signal($signo);
    $status = $c->wait(10);
    echo $c->output(), $c->errors();
    echo "exit status ", var_export($status, true), "\n";
    echo 'queued ', $r->key('LLEN', 'queues:default'), ', reserved ', $r->key('ZCARD', 'queues:default:reserved'), "\n";
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- SIGTERM
ok - the first job started
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
queued 2, reserved 0
-- SIGINT
ok - the first job started
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
queued 2, reserved 0
-- SIGQUIT
ok - the first job started
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
queued 2, reserved 0
