--TEST--
Pool metrics: the status heartbeat, under the connection's prefix: {prefix}qworker:supervisor:{host}:{pid} holds the supervisor's JSON (name, host, pid, status, connection, queue, processes, groups, jobs, started_at, updated_at) for 15 s and {prefix}qworker:supervisors scores the name with the time; rewritten every 5 s (jobs counted, "paused" after SIGUSR2); both gone after a clean stop; none with status false
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$p = qw_test_prefix();
$c = pool_child(['processes' => 2, 'sleep' => 0.1]);
$name = gethostname() . ':' . $c->pid;
$key = "{$p}qworker:supervisor:$name";
qwb_ok('the heartbeat key is written', fault_wait(fn () => $r->cmd('GET', $key) !== null, 5), [$c->output(), $c->errors()]);
$t = time();
$doc = json_decode($r->cmd('GET', $key), true);
echo json_encode(array_keys($doc)), "\n";
qwb_ok('name, host, pid', $doc['name'] === $name && $doc['host'] === gethostname() && $doc['pid'] === $c->pid, $doc);
echo $doc['status'], ' ', $doc['connection'], ' ', $doc['queue'], ' ', json_encode($doc['jobs']), "\n";
qwb_ok('started_at and updated_at are now', abs($doc['started_at'] - $t) <= 2 && $doc['updated_at'] >= $doc['started_at'] && $doc['updated_at'] <= $t + 1, $doc);
$ttl = $r->cmd('TTL', $key);
qwb_ok('it expires within 15 s', $ttl > 10 && $ttl <= 15, $ttl);
$score = $r->cmd('ZSCORE', "{$p}qworker:supervisors", $name);
qwb_ok('the supervisors set scores it with the time', $score !== null && abs((int) $score - $t) <= 2, $score);
for ($i = 0; $i < 3; $i++) {
    pool_metrics_push($r, 'default', []);
}
qwb_ok('the jobs ran', fault_wait(fn () => $r->cmd('LLEN', "{$p}queues:default") == 0 && $r->cmd('ZCARD', "{$p}queues:default:reserved") == 0, 5));
$c->signal(SIGUSR2);
qwb_ok('rewritten within 5 s', fault_wait(fn () => json_decode($r->cmd('GET', $key), true)['status'] === 'paused', 6));
$doc = json_decode($r->cmd('GET', $key), true);
echo $doc['status'], ' ', $doc['processes'], ' ', json_encode($doc['groups']), ' ', json_encode($doc['jobs']), "\n";
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
var_dump($r->cmd('EXISTS', $key), $r->cmd('ZSCORE', "{$p}qworker:supervisors", $name));

$c = pool_child(['processes' => 1, 'sleep' => 0.1, 'status' => false]);
qwb_ok('a worker started', fault_wait(fn () => count(pool_started($c)) === 1, 10));
usleep(300000);
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
echo json_encode($r->cmd('KEYS', "{$p}qworker:*")), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
ok - the heartbeat key is written
["name","host","pid","status","connection","queue","processes","groups","jobs","started_at","updated_at"]
ok - name, host, pid
running redis default {"processed":0,"failed":0,"released":0}
ok - started_at and updated_at are now
ok - it expires within 15 s
ok - the supervisors set scores it with the time
ok - the jobs ran
ok - rewritten within 5 s
paused 2 {"default":2} {"processed":3,"failed":0,"released":0}
exit status 0
int(0)
NULL
ok - a worker started
exit status 0
[]
