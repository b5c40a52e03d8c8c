--TEST--
Lost Redis: a job that deletes itself while redis-server is down is acknowledged once Redis is back (data kept): the daemon keeps the ZREM and sends it ahead of its next command, so the job is neither lost nor run again; the pops that failed meanwhile are reported (ConnectionException) and the worker keeps running
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

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
qwb_ok('the delete returned: the acknowledgement waits for the next command', str_contains($c->output(), 'GateJob deleted attempt 1'), $c->output());

echo "-- the server is back with its data\n";
$srv->start($port);
$deadline = microtime(true) + 8;
while (($left = $srv->redis()->cmd('ZCARD', qw_test_prefix() . 'queues:default:reserved')) !== 0 && microtime(true) < $deadline) {
    usleep(50000);
}
qwb_ok('the reservation is gone: the ZREM was sent', $left === 0, $left);
usleep(1500000); /* longer than retry_after */
qwb_ok('the job did not run again', !str_contains($c->output(), 'attempt 2'), $c->output());
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
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_lost_redis_ack_while_down');
?>
--EXPECT--
ok - the job started
-- the server goes away (SHUTDOWN SAVE), then the job deletes itself
ok - the job tried to delete itself
ok - the worker keeps running
ok - the delete returned: the acknowledgement waits for the next command
-- the server is back with its data
ok - the reservation is gone: the ZREM was sent
ok - the job did not run again
ok - the failure was reported
ok - as ConnectionException
GateJob started attempt 1
GateJob deleting attempt 1
GateJob deleted attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
