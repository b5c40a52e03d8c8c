--TEST--
Job timeout: a payload with failOnTimeout true is failed on its first timeout although tries remain (tries 3, attempt 1): TimeoutExceededException to its failed(), the failer and the failed hook, removed from :reserved, exit status 1
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

$w->push('SlowJob', ['n' => 1, 'ms' => 8000], null, ['failOnTimeout' => true]);
$c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => 1, 'tries' => 3]);
[$status, $took] = qwb_exit_after($c, 'SlowJob started 1');
echo $c->output(), $c->errors();
echo 'exit status ', var_export($status, true), "\n";
qwb_ok('exited about 1 s after the job started', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
SlowJob started 1 attempt 1
SlowJob::failed 1 QWorker\TimeoutExceededException: SlowJob has timed out.
failer redis default QWorker\TimeoutExceededException: SlowJob has timed out. (raw body)
hook failed redis SlowJob attempt 1 (failed) QWorker\TimeoutExceededException: SlowJob has timed out.
hook timed_out redis SlowJob attempt 1 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
array(0) {
}
