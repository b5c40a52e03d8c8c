--TEST--
Fault: SIGTERM sent from another process to a worker with prefetch 4: during a blocking pop (block_for 30, nothing in hand) it stops at once and reserves nothing (jobs pushed afterwards stay queued, :notify intact); during a job (block_for 30) the job finishes and the 3 jobs reserved ahead go back to the head of the queue, attempts unchanged; during the rest sleep after a job (rest 30) it stops at once and gives the 3 jobs back; during the idle sleep (sleep 30) it stops at once; every time the stopping hook says (0, "interrupted") and the exit status is 0
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

$r = new QwTestRedis();
$w = qw_test_worker();

/* The ready list as job numbers (with attempts when not 0), the :notify length and the reserved count. */
function left(QwTestRedis $r): string
{
    $ready = array_map(function ($raw) {
        $p = json_decode($raw, true);
        return $p['data']['n'] . ($p['attempts'] ? "(attempts {$p['attempts']})" : '');
    }, $r->key('LRANGE', 'queues:default', '0', '-1'));
    return sprintf('ready [%s], notify %d, reserved %d', implode(' ', $ready),
        $r->key('LLEN', 'queues:default:notify'), $r->key('ZCARD', 'queues:default:reserved'));
}

$cases = [
    /* whether an interrupted blocking pop counts as an idle pass is not the point: no idle hook there */
    'blocking pop, nothing in hand (block_for 30)' => [['block_for' => 30], ['sleep' => 30], 0, 'hook popping', true],
    'job 1 of 6 running (block_for 30)' => [['block_for' => 30], ['sleep' => 30], 6, 'SlowJob started 1', false],
    'rest sleep after job 1 of 6 (rest 30)' => [[], ['sleep' => 30, 'rest' => 30], 6, 'hook after', true],
    'idle sleep, empty queue (sleep 30)' => [[], ['sleep' => 30], 0, 'hook idle', true],
];
foreach ($cases as $what => [$settings, $options, $jobs, $marker, $fast]) {
    echo "-- $what\n";
    qw_test_cleanup();
    for ($n = 1; $n <= $jobs; $n++) {
        $w->push('SlowJob', ['n' => $n, 'ms' => $n === 1 && !isset($options['rest']) ? 800 : 10]);
    }
    $c = qwb_child('
$w = qw_test_worker(' . var_export($settings, true) . ');
qw_observe($w);
qwb_hooks($w, ' . var_export(isset($settings['block_for']) ? ['popping', 'after', 'stopping'] : ['popping', 'idle', 'after', 'stopping'], true) . ');
$status = $w->daemon("redis", null, ' . var_export($options + ['prefetch' => 4], true) . ');
echo "daemon returned $status\n";
exit($status);
');
    qwb_ok("the worker got there ($marker)", $c->waitFor($marker, 10), $c->output() . $c->errors());
    if ($marker !== 'SlowJob started 1') {
        usleep(300000); /* well inside the wait */
    }
    $sent = microtime(true);
    $c->signal(15);
    $status = $c->wait(10);
    $took = microtime(true) - $sent;
    echo $c->output(), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    if ($fast) {
        qwb_ok('it stopped at once (within 1 s)', $took < 1.0, sprintf('%.3f s', $took));
    }
    echo left($r), "\n";
    if ($jobs === 0) {
        $w->push('SlowJob', ['n' => 7, 'ms' => 10]);
        $w->push('SlowJob', ['n' => 8, 'ms' => 10]);
        echo 'then 2 pushes: ', left($r), "\n";
    }
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- blocking pop, nothing in hand (block_for 30)
ok - the worker got there (hook popping)
hook popping redis default
hook stopping 0 interrupted
daemon returned 0
exit status 0
ok - it stopped at once (within 1 s)
ready [], notify 0, reserved 0
then 2 pushes: ready [7 8], notify 2, reserved 0
-- job 1 of 6 running (block_for 30)
ok - the worker got there (SlowJob started 1)
hook popping redis default
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
ready [2 3 4 5 6], notify 5, reserved 0
-- rest sleep after job 1 of 6 (rest 30)
ok - the worker got there (hook after)
hook popping redis default
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
ok - it stopped at once (within 1 s)
ready [2 3 4 5 6], notify 5, reserved 0
-- idle sleep, empty queue (sleep 30)
ok - the worker got there (hook idle)
hook popping redis default
hook idle redis default
hook stopping 0 interrupted
daemon returned 0
exit status 0
ok - it stopped at once (within 1 s)
ready [], notify 0, reserved 0
then 2 pushes: ready [7 8], notify 2, reserved 0
