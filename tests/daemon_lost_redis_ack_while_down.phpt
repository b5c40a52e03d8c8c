--TEST--
Lost Redis: a job whose delete fails because redis-server is down is never lost: the error is reported (ConnectionException), the worker keeps running, the job stays reserved on the server and, once Redis is back (data kept), comes back after retry_after (1 s) as attempt 2 and is deleted
--SKIPIF--
<?php
require __DIR__ . '/daemon_b.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/daemon_b.inc';

$srv = new QwbServer('daemon_lost_redis_ack_while_down');
$srv->start();
$port = $srv->port;
$gate = "$srv->dir/gate";
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $port, 'retry_after' => 1]);
$c = qwb_child('
$w = qw_test_worker(["host" => "127.0.0.1", "port" => ' . $port . ', "retry_after" => 1]);
qw_observe($w);
qwb_hooks($w, ["failed", "stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 3]);
echo "daemon returned $status\n";
exit($status);
');

$id = $w->push('GateJob', ['gate' => $gate, 'once' => true]);
qwb_ok('the job started', $c->waitFor('GateJob started attempt 1', 10), $c->output() . $c->errors());

echo "-- the server goes away (SHUTDOWN SAVE), then the job deletes itself\n";
$srv->shutdown(true);
touch($gate);
qwb_ok('the job tried to delete itself', $c->waitFor('GateJob deleting attempt 1', 5), $c->output() . $c->errors());
usleep(1000000);
qwb_ok('the worker keeps running', $c->running(), $c->output() . $c->errors());
qwb_ok('the delete did not succeed', !str_contains($c->output(), 'GateJob deleted attempt 1'), $c->output());

echo "-- the server is back with its data\n";
$srv->start($port);
qwb_ok('attempt 2 ran and deleted the job', $c->waitFor('GateJob deleted attempt 2', 8), $c->output() . $c->errors());
usleep(300000);
$c->signal(15);
$status = $c->wait(10);
$out = $c->output();
$reports = qwb_lines($out, ['report']);
qwb_ok('the failure was reported', count($reports) >= 1, $out);
qwb_ok('as ConnectionException', $reports === array_filter($reports, fn ($l) => str_starts_with($l, 'report QWorker\ConnectionException: ')), $reports);
echo implode("\n", qwb_lines($out, ['GateJob', 'hook', 'daemon', 'failer'])), "\n", $c->errors();
echo 'exit status ', var_export($status, true), "\n";
var_dump($srv->redis()->cmd('KEYS', qw_test_prefix() . '*'));
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/daemon_b.inc';
QwbServer::clean('daemon_lost_redis_ack_while_down');
?>
--EXPECT--
ok - the job started
-- the server goes away (SHUTDOWN SAVE), then the job deletes itself
ok - the job tried to delete itself
ok - the worker keeps running
ok - the delete did not succeed
-- the server is back with its data
ok - attempt 2 ran and deleted the job
ok - the failure was reported
ok - as ConnectionException
GateJob started attempt 1
GateJob deleting attempt 1
GateJob started attempt 2
GateJob deleting attempt 2
GateJob deleted attempt 2
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
