--TEST--
Lost Redis: a job in hand while redis-server goes away and comes back (its data kept) deletes itself after the restart: the delete reaches the new server (the job leaves :reserved, nothing is reported) and the worker goes on
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

$srv = new QwbServer('daemon_lost_redis_ack_after_restart');
$srv->start();
$port = $srv->port;
$gate = "$srv->dir/gate";
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $port]);
$c = qwb_child('
$w = qw_test_worker(["host" => "127.0.0.1", "port" => ' . $port . ']);
qw_observe($w);
qwb_hooks($w, ["after", "stopping"]);
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 3]);
echo "daemon returned $status\n";
exit($status);
');

$id = $w->push('GateJob', ['gate' => $gate, 'once' => false]);
qwb_ok('the job started', $c->waitFor('GateJob started attempt 1', 10), $c->output() . $c->errors());

echo "-- the server restarts (SHUTDOWN SAVE) while the job runs\n";
$srv->shutdown(true);
$srv->start($port);
$reserved = qwb_reserved('default', $srv->redis());
qwb_ok('the restarted server has the job reserved (attempts 1)', count($reserved) === 1 && $reserved[0][0]['id'] === $id && $reserved[0][0]['attempts'] === 1, $reserved);

touch($gate);
qwb_ok('the job deleted itself', $c->waitFor('GateJob deleted attempt 1', 8), $c->output() . $c->errors());
usleep(300000);
qwb_ok('the worker keeps running', $c->running());
$c->signal(15);
$status = $c->wait(10);
echo $c->output(), $c->errors();
echo 'exit status ', var_export($status, true), "\n";
var_dump($srv->redis()->cmd('KEYS', qw_test_prefix() . '*'));
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_lost_redis_ack_after_restart');
?>
--EXPECT--
ok - the job started
-- the server restarts (SHUTDOWN SAVE) while the job runs
ok - the restarted server has the job reserved (attempts 1)
ok - the job deleted itself
ok - the worker keeps running
GateJob started attempt 1
GateJob deleting attempt 1
GateJob deleted attempt 1
hook after redis GateJob attempt 1
hook stopping 0 interrupted
daemon returned 0
exit status 0
array(0) {
}
