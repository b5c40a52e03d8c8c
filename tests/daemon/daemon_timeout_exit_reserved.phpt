--TEST--
Job timeout: a job running longer than the timeout option (1 s; no timeout in its payload) ends the process with exit status 1 about a second in, not when the job would end; with tries left it is not failed: it stays in :reserved with its attempt counted (attempts 1); the timed_out hook, then the stopping hook (1, "timed_out"), then the shutdown functions run; the rest of the job does not
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

$id = $w->push('SlowJob', ['n' => 1, 'ms' => 8000], null, ['displayName' => 'App\Jobs\Slow']);
$next = $w->push('OkJob', 'next');
$c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => 1, 'tries' => 3]);
[$status, $took] = qwb_exit_after($c, 'SlowJob started 1');
echo $c->output(), $c->errors();
echo 'exit status ', var_export($status, true), "\n";
qwb_ok('exited about 1 s after the job started, not after 8 s', $took > 0.5 && $took < 2.5, sprintf('%.2f s', $took));

$reserved = qwb_reserved();
qwb_ok('one reserved job: ours, attempts 1', count($reserved) === 1 && $reserved[0][0]['id'] === $id && $reserved[0][0]['attempts'] === 1, $reserved);
qwb_ok('reserved for retry_after (60 s)', count($reserved) === 1 && $reserved[0][1] > 50 && $reserved[0][1] <= 60, $reserved);
$queued = (new QwTestRedis())->key('LRANGE', 'queues:default', '0', '-1');
qwb_ok('the next job was not taken', count($queued) === 1 && json_decode($queued[0], true)['id'] === $next && json_decode($queued[0], true)['attempts'] === 0, $queued);
var_dump(qw_test_keys());
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
SlowJob started 1 attempt 1
hook timed_out redis App\Jobs\Slow attempt 1
hook stopping 1 timed_out
shutdown function
exit status 1
ok - exited about 1 s after the job started, not after 8 s
ok - one reserved job: ours, attempts 1
ok - reserved for retry_after (60 s)
ok - the next job was not taken
array(3) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
  [2]=>
  string(23) "queues:default:reserved"
}
