--TEST--
Lost Redis: SIGTERM cuts short the back-off sleep between failing passes (redis-server gone, the worker in its 2 s wait after the second ConnectionException): daemon() returns 0 within 100 ms, stopping hook (0, "interrupted")
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

$srv = new QwbServer('daemon_lost_redis_signal_cuts_backoff');
$srv->start();
$port = $srv->port;
$c = qwb_child('
$w = qw_test_worker(["host" => "127.0.0.1", "port" => ' . $port . ']);
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) {
    echo "report ", get_class($e), "\n";
});
qwb_hooks($w, ["idle", "stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1]);
printf("daemon returned %d at %.6f\n", $status, microtime(true));
exit($status);
');
qwb_ok('the worker is polling', $c->waitFor('hook idle', 10), $c->output() . $c->errors());
$srv->shutdown();
$srv->stop();

/* reports come at about 0 s and 1 s, then a 2 s wait */
for ($end = microtime(true) + 5; microtime(true) < $end && substr_count($c->output(), 'report') < 2; usleep(5000));
usleep(300000);
$out = $c->output();
qwb_ok('two reports, then waiting', substr_count($out, 'report') === 2, $out);
$sent = microtime(true);
$c->signal(15);
$status = $c->wait(10);
$out = $c->output();
echo implode("\n", qwb_lines($out, ['report', 'hook stopping', 'daemon'])), "\n";
echo 'exit status ', var_export($status, true), "\n";
if (preg_match('/daemon returned \d+ at ([0-9.]+)/', $out, $m)) {
    $took = (float) $m[1] - $sent;
    qwb_ok('daemon() returned within 100 ms of SIGTERM', $took >= 0 && $took < 0.1, sprintf('%.3f s', $took));
}
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_lost_redis_signal_cuts_backoff');
?>
--EXPECTF--
ok - the worker is polling
ok - two reports, then waiting
report QWorker\ConnectionException
report QWorker\ConnectionException
hook stopping 0 interrupted
daemon returned 0 at %f
exit status 0
ok - daemon() returned within 100 ms of SIGTERM
