--TEST--
Timeout hooks: at a job's timeout the interrupted hook gets (14, the job) first, then timed_out gets the timeout the alarm used (the payload's 1 over the option's 60); a timed_out hook that returns false keeps the worker: the job gets the TimeoutExceededException (exception hook, released with its tries left), and the next job runs
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

foreach ([true, false] as $kill) {
    echo $kill ? "-- timed_out returns null: the process ends\n" : "-- timed_out returns false: the worker lives on\n";
    $w->push('SlowJob', ['n' => 1, 'ms' => 3000], null, ['timeout' => 1]);
    $w->push('OkJob', 2);
    $c = qwb_child('
$w = qw_test_worker();
qw_observe($w);
qwb_hooks($w, ["interrupted", "exception", "released_after_exception", "stopping"]);
$w->on("timed_out", function (string $connection, QWorker\Job $job, int $timeout) {
    echo "hook timed_out $connection timeout $timeout\n";
    return ' . ($kill ? 'null' : 'false') . ';
});
exit($w->daemon("redis", null, ["sleep" => 0.1, "timeout" => 60, "tries" => 3, "stop_when_empty" => true, "backoff" => 30]));
');
    echo 'exit status ', var_export($c->wait(15), true), "\n";
    echo implode("\n", qwb_lines($c->output(), ['SlowJob', 'OkJob', 'hook', 'report', 'failer'])), "\n", $c->errors();
    $w->clear();
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- timed_out returns null: the process ends
exit status 1
SlowJob started 1 attempt 1
hook interrupted 14 SlowJob attempt 1
hook timed_out redis timeout 1
hook stopping 1 timed_out
-- timed_out returns false: the worker lives on
exit status 0
SlowJob started 1 attempt 1
hook interrupted 14 SlowJob attempt 1
hook timed_out redis timeout 1
hook exception redis SlowJob attempt 1 QWorker\TimeoutExceededException: SlowJob has timed out.
hook released_after_exception redis SlowJob attempt 1 30
report QWorker\TimeoutExceededException: SlowJob has timed out.
OkJob::fire 2 attempt 1
hook stopping 0 queue_empty
