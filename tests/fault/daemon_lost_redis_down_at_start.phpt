--TEST--
Lost Redis: daemon() started while redis-server is down (it went away after the constructor connected) does not exit: it reports the ConnectionException and retries with back-off, and takes jobs once the server is up; SIGTERM then stops it with status 0
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

$srv = new QwbServer('daemon_lost_redis_down_at_start');
$srv->start();
$port = $srv->port;
$gate = "$srv->dir/gate";

/* The constructor connects: the server goes away between it and daemon(). */
$c = qwb_child('
$w = qw_test_worker(["host" => "127.0.0.1", "port" => ' . $port . ']);
echo "constructed\n";
for ($end = microtime(true) + 10; !is_file(' . var_export($gate, true) . ') && microtime(true) < $end; usleep(10000));
qw_observe($w);
qwb_hooks($w, ["starting", "stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1]);
echo "daemon returned $status\n";
exit($status);
');
qwb_ok('the worker connected', $c->waitFor('constructed', 10), $c->output() . $c->errors());
$srv->shutdown();
touch($gate);
qwb_ok('the failing pop is reported', $c->waitFor('report', 10), $c->output() . $c->errors());
usleep(1500000);
$reports = qwb_lines($c->output(), ['report']);
qwb_ok('the worker keeps running', $c->running(), $c->output() . $c->errors());
qwb_ok('reports are ConnectionExceptions without a job', $reports === array_filter($reports,
    fn ($l) => str_starts_with($l, 'report QWorker\ConnectionException: ') && str_ends_with($l, ' (no job)')), $reports);
qwb_ok('backing off: 1 to 3 reports in about 1.5 s', count($reports) >= 1 && count($reports) <= 3, $reports);

echo "-- the server comes back\n";
$srv->start($port);
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $port]);
$w->push('OkJob', 1);
qwb_ok('the job runs', $c->waitFor('OkJob::fire 1 attempt 1', 8), $c->output() . $c->errors());
usleep(200000);
$c->signal(15);
$status = $c->wait(10);
echo implode("\n", qwb_lines($c->output(), ['constructed', 'OkJob', 'hook', 'daemon'])), "\n";
echo 'exit status ', var_export($status, true), "\n";
var_dump($srv->redis()->cmd('KEYS', qw_test_prefix() . '*'));
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_lost_redis_down_at_start');
?>
--EXPECT--
ok - the worker connected
ok - the failing pop is reported
ok - the worker keeps running
ok - reports are ConnectionExceptions without a job
ok - backing off: 1 to 3 reports in about 1.5 s
-- the server comes back
ok - the job runs
constructed
hook starting redis default
OkJob::fire 1 attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
