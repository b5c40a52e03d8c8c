--TEST--
Job timeout: when the timed-out attempt was the job's last (tries 1 and attempts 1; payload maxTries 1 beating tries 5; attempts 2 of tries 2) the job is failed with QWorker\TimeoutExceededException "<displayName> has timed out." (its failed(), the failer, the failed hook) and removed from :reserved, then timed_out and stopping (1, "timed_out") run and the process exits with status 1; the timeout is not reported as an exception
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

$cases = [
    'option tries 1, attempt 1' => [fn () => $w->push('SlowJob', ['n' => 1, 'ms' => 8000], null, ['displayName' => 'App\Jobs\Slow']), 1],
    'payload maxTries 1 beats option tries 5' => [fn () => $w->push('SlowJob', ['n' => 2, 'ms' => 8000], null, ['displayName' => 'App\Jobs\Slow', 'maxTries' => 1]), 5],
    'option tries 2, attempt 2' => [fn () => $w->pushRaw(json_encode(['uuid' => '11111111-2222-3333-4444-555555555555', 'displayName' => 'App\Jobs\Slow',
        'job' => 'SlowJob', 'maxTries' => null, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
        'data' => ['n' => 3, 'ms' => 8000], 'id' => 'id3', 'attempts' => 1])), 2],
];
foreach ($cases as $what => [$push, $tries]) {
    echo "-- $what\n";
    $push();
    $c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => 1, 'tries' => $tries]);
    [$status, $took] = qwb_exit_after($c, 'SlowJob started');
    echo $c->output(), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    qwb_ok('exited about 1 s after the job started', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));
    var_dump(qw_test_keys());
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- option tries 1, attempt 1
SlowJob started 1 attempt 1
SlowJob::failed 1 QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
failer redis default QWorker\TimeoutExceededException: App\Jobs\Slow has timed out. (raw body)
hook failed redis App\Jobs\Slow attempt 1 (failed) QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
hook timed_out redis App\Jobs\Slow attempt 1 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
array(0) {
}
-- payload maxTries 1 beats option tries 5
SlowJob started 2 attempt 1
SlowJob::failed 2 QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
failer redis default QWorker\TimeoutExceededException: App\Jobs\Slow has timed out. (raw body)
hook failed redis App\Jobs\Slow attempt 1 (failed) QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
hook timed_out redis App\Jobs\Slow attempt 1 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
array(0) {
}
-- option tries 2, attempt 2
SlowJob started 3 attempt 2
SlowJob::failed 3 QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
failer redis default QWorker\TimeoutExceededException: App\Jobs\Slow has timed out. (raw body)
hook failed redis App\Jobs\Slow attempt 2 (failed) QWorker\TimeoutExceededException: App\Jobs\Slow has timed out.
hook timed_out redis App\Jobs\Slow attempt 2 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
array(0) {
}
