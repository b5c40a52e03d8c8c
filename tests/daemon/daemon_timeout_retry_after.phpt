--TEST--
Job timeout: a job that timed out on attempt 1 of 3 is not lost: it stays reserved and, after retry_after (1 s), another worker takes it and runs it as attempt 2
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker(['retry_after' => 1]);

$id = $w->push('SlowJob', ['n' => 1, 'ms' => 8000, 'retry_ms' => 100]);
echo "-- worker 1: attempt 1 times out\n";
$c = qwb_worker_child(['retry_after' => 1], ['sleep' => 0.1, 'timeout' => 1, 'tries' => 3]);
[$status] = qwb_exit_after($c, 'SlowJob started 1');
echo $c->output(), $c->errors();
echo 'exit status ', var_export($status, true), "\n";
$reserved = qwb_reserved();
qwb_ok('left reserved with attempts 1', count($reserved) === 1 && $reserved[0][0]['id'] === $id && $reserved[0][0]['attempts'] === 1, $reserved);

echo "-- worker 2: attempt 2\n";
$c = qwb_worker_child(['retry_after' => 1], ['sleep' => 0.1, 'timeout' => 5, 'tries' => 3, 'max_jobs' => 1]);
$status = $c->wait(8);
echo $c->output(), $c->errors();
echo 'exit status ', var_export($status, true), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- worker 1: attempt 1 times out
SlowJob started 1 attempt 1
hook timed_out redis SlowJob attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - left reserved with attempts 1
-- worker 2: attempt 2
SlowJob started 1 attempt 2
SlowJob finished 1
hook after redis SlowJob attempt 2
hook stopping 0 max_jobs_exceeded
daemon returned 0
shutdown function
exit status 0
array(0) {
}
