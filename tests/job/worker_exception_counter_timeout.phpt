--TEST--
setExceptionCounter() on a job timeout in daemon(): the timeout is counted through the counter (uuid, maxExceptions), not on Redis; true fails the job with the TimeoutExceededException although tries remain, false leaves it reserved, a throwing counter is reported and the job is not failed; exit status 1 and no attempted hook either way
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_redis(); qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
$r = new QwTestRedis();

foreach (['true', 'false', 'throw new LogicException("counter broke")'] as $answer) {
    echo "-- counter: $answer\n";
    qw_test_cleanup();
    $w = qw_test_worker();
    $w->push('SlowJob', ['n' => 1, 'ms' => 8000], null, ['maxExceptions' => 3]);
    $uuid = json_decode($r->key('LINDEX', 'queues:default', '0'), true)['uuid'];
    $c = qwb_child('
$w = qw_test_worker();
qw_observe($w);
qwb_hooks($w, ["exception", "released_after_exception", "failed", "timed_out", "attempted", "stopping"]);
$w->setExceptionCounter(function (string $uuid, int $max) {
    echo "counter $uuid $max\n";
    return ' . $answer . ';
});
register_shutdown_function(function () { echo "shutdown function\n"; });
$status = $w->daemon("redis", null, ["sleep" => 0.1, "timeout" => 1, "tries" => 5]);
echo "daemon returned $status\n";
exit($status);
');
    [$status, $took] = qwb_exit_after($c, 'SlowJob started');
    echo str_replace($uuid, 'UUID', $c->output()), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    qwb_ok('exited about 1 s after the job started', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));
    echo 'keys ', json_encode(qw_test_keys()), "\n";
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- counter: true
SlowJob started 1 attempt 1
counter UUID 3
SlowJob::failed 1 QWorker\TimeoutExceededException: SlowJob has timed out.
failer redis default QWorker\TimeoutExceededException: SlowJob has timed out. (raw body)
hook failed redis SlowJob attempt 1 (failed) QWorker\TimeoutExceededException: SlowJob has timed out.
hook timed_out redis SlowJob attempt 1 (failed)
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
keys []
-- counter: false
SlowJob started 1 attempt 1
counter UUID 3
hook timed_out redis SlowJob attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
keys ["queues:default:reserved"]
-- counter: throw new LogicException("counter broke")
SlowJob started 1 attempt 1
counter UUID 3
report LogicException: counter broke
hook timed_out redis SlowJob attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started
keys ["queues:default:reserved"]
