--TEST--
Job timeout: a timeout counts as one of the job's maxExceptions (job-exceptions:UUID): with maxExceptions 1 the job is failed on its first timeout although tries remain; with maxExceptions 2 it is not (count 1, stays reserved); exit status 1 either way
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();
$r = new QwTestRedis();

foreach ([1, 2] as $max) {
    echo "-- maxExceptions $max, tries 5\n";
    qw_test_cleanup();
    $w->push('SlowJob', ['n' => $max, 'ms' => 8000], null, ['maxExceptions' => $max]);
    $uuid = json_decode($r->key('LINDEX', 'queues:default', '0'), true)['uuid'];
    $c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => 1, 'tries' => 5]);
    [$status, $took] = qwb_exit_after($c, 'SlowJob started');
    echo $c->output(), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    qwb_ok('exited about 1 s after the job started', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));
    echo 'job-exceptions count ', var_export($r->key('GET', "job-exceptions:$uuid"), true), "\n";
    echo 'reserved ', count(qwb_reserved()), "\n";
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- maxExceptions 1, tries 5
SlowJob started 1 attempt 1
SlowJob::failed 1 QWorker\TimeoutExceededException: SlowJob has timed out.
failer redis default QWorker\TimeoutExceededException: SlowJob has timed out. (raw body)
hook failed redis SlowJob attempt 1 (failed) QWorker\TimeoutExceededException: SlowJob has timed out.
hook timed_out redis SlowJob attempt 1 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
job-exceptions count NULL
reserved 0
-- maxExceptions 2, tries 5
SlowJob started 2 attempt 1
hook timed_out redis SlowJob attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
job-exceptions count '1'
reserved 1
