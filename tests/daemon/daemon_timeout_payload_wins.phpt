--TEST--
Job timeout: the payload's "timeout" wins over the option: payload 1 s with the option at 60 times out after about a second; payload 0 means no timeout even with the option at 1 (a 1.3 s job finishes); payload 3 with the option at 1 lets a 1.3 s job finish
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

$cases = [
    'payload timeout 1, option 60' => [1, 60, 8000],
    'payload timeout 0, option 1' => [0, 1, 1300],
    'payload timeout 3, option 1' => [3, 1, 1300],
];
foreach ($cases as $what => [$payload, $option, $ms]) {
    echo "-- $what, a job of $ms ms\n";
    qw_test_cleanup();
    $w->push('SlowJob', ['n' => 1, 'ms' => $ms], null, ['timeout' => $payload]);
    $c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => $option, 'tries' => 3, 'stop_when_empty' => true]);
    [$status, $took] = qwb_exit_after($c, 'SlowJob started');
    echo $c->output(), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    if ($status === 1) {
        qwb_ok('exited about 1 s after the job started', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));
    }
    echo 'reserved ', count(qwb_reserved()), "\n";
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- payload timeout 1, option 60, a job of 8000 ms
SlowJob started 1 attempt 1
hook timed_out redis SlowJob attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
reserved 1
-- payload timeout 0, option 1, a job of 1300 ms
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 queue_empty
daemon returned 0
shutdown function
exit status 0
reserved 0
-- payload timeout 3, option 1, a job of 1300 ms
SlowJob started 1 attempt 1
SlowJob finished 1
hook after redis SlowJob attempt 1
hook stopping 0 queue_empty
daemon returned 0
shutdown function
exit status 0
reserved 0
