--TEST--
Lost Redis: when redis-server goes away under a running worker, the worker keeps running, reports the ConnectionException (no job) and backs off (1 s, 2 s, ...: only a few reports in 2 s, no busy loop); once the server is back on the same port it takes new jobs again, and SIGTERM still stops it with status 0
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

$srv = new QwbServer('daemon_lost_redis_restart');
$srv->start();
$port = $srv->port;
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $port]);
$c = qwb_child('
$w = qw_test_worker(["host" => "127.0.0.1", "port" => ' . $port . ']);
qw_observe($w);
qwb_hooks($w, ["stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1]);
echo "daemon returned $status\n";
exit($status);
');

$w->push('OkJob', 1);
qwb_ok('job 1 ran', $c->waitFor('OkJob::fire 1 attempt 1', 10), $c->output() . $c->errors());

echo "-- the server goes away for 2 s\n";
$srv->shutdown();
usleep(2000000);
$reports = qwb_lines($c->output(), ['report']);
qwb_ok('the worker keeps running', $c->running(), $c->output() . $c->errors());
qwb_ok('the lost connection is reported', count($reports) >= 1, $c->output());
qwb_ok('as ConnectionException without a job', $reports === array_filter($reports,
    fn ($l) => str_starts_with($l, 'report QWorker\ConnectionException: ') && str_ends_with($l, ' (no job)')), $reports);
qwb_ok('backing off: at most 4 reports in 2 s', count($reports) <= 4, $reports);

echo "-- the server is back on the same port\n";
$srv->start($port);
$w->push('OkJob', 2);
qwb_ok('job 2 runs', $c->waitFor('OkJob::fire 2 attempt 1', 8), $c->output() . $c->errors());
qwb_ok('the worker keeps running', $c->running());
$c->signal(15);
$status = $c->wait(10);
echo implode("\n", qwb_lines($c->output(), ['OkJob', 'hook', 'daemon'])), "\n";
echo 'exit status ', var_export($status, true), "\n";
var_dump($srv->redis()->cmd('KEYS', qw_test_prefix() . '*'));
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_lost_redis_restart');
?>
--EXPECT--
ok - job 1 ran
-- the server goes away for 2 s
ok - the worker keeps running
ok - the lost connection is reported
ok - as ConnectionException without a job
ok - backing off: at most 4 reports in 2 s
-- the server is back on the same port
ok - job 2 runs
ok - the worker keeps running
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
