--TEST--
Pool metrics: qworker_queue_jobs gives each queue's ready, delayed and reserved jobs as in Redis (a known backlog no worker touches), qworker_processes the workers of the group named by the queue list; qworker_pool_paused follows SIGUSR2 and SIGCONT; a client that sends nothing holds the listener a second at most
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$p = qw_test_prefix();
$port = pool_metrics_free_port();
for ($i = 0; $i < 5; $i++) {
    pool_metrics_push($r, 'default', ['n' => $i]);
}
pool_metrics_push($r, 'second', ['n' => 9]);
for ($i = 0; $i < 3; $i++) {
    $r->cmd('ZADD', "{$p}queues:default:delayed", (string) (time() + 600), "delayed $i");
}
for ($i = 0; $i < 2; $i++) {
    $r->cmd('ZADD', "{$p}queues:default:reserved", (string) (time() + 600), "reserved $i");
}
/* the workers never pop: their looping hook says no */
$c = pool_child(['processes' => 3, 'sleep' => 0.1, 'metrics' => (string) $port], [], '$w->on("looping", fn () => false);', 'default,second');
$m = null;
qwb_ok('3 workers started', fault_wait(function () use ($port, $c, &$m) {
    $res = pool_metrics_get($port);
    $m = $res ? pool_metrics_parse($res['body']) : null;
    return $m && count(pool_started($c)) === 3 && pool_metrics_value($m, 'qworker_processes') == 3;
}, 10), [$m, $c->output(), $c->errors()]);
foreach (['default', 'second'] as $q) {
    foreach (['ready', 'delayed', 'reserved'] as $s) {
        echo "$q $s ", pool_metrics_value($m, 'qworker_queue_jobs', ['queue' => $q, 'state' => $s]), "\n";
    }
}
echo 'group ', json_encode(array_map(fn ($s) => [$s[0], $s[1]], $m['qworker_processes'])), "\n";
echo 'target ', json_encode(array_map(fn ($s) => [$s[0], $s[1]], $m['qworker_processes_target'])), "\n";
echo 'jobs ', pool_metrics_sum($m, 'qworker_jobs_total'), "\n";
echo 'paused ', pool_metrics_value($m, 'qworker_pool_paused'), "\n";
/* a client that connects and says nothing holds the supervisor about a second at most */
$silent = stream_socket_client("tcp://127.0.0.1:$port");
usleep(100000);
$t = microtime(true);
$res = pool_metrics_get($port);
qwb_ok('a scrape behind a silent client is answered within 2 s', $res && $res['status'] === 200 && microtime(true) - $t < 2, microtime(true) - $t);
fclose($silent);
$c->signal(SIGUSR2);
qwb_ok('paused 1 after SIGUSR2', fault_wait(fn () => pool_metrics_value(pool_metrics_parse(pool_metrics_get($port)['body']), 'qworker_pool_paused') == 1, 3));
$c->signal(SIGCONT);
qwb_ok('paused 0 after SIGCONT', fault_wait(fn () => pool_metrics_value(pool_metrics_parse(pool_metrics_get($port)['body']), 'qworker_pool_paused') == 0, 3));
$c->signal(15);
echo 'exit status ', var_export($c->wait(10), true), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
ok - 3 workers started
default ready 5
default delayed 3
default reserved 2
second ready 1
second delayed 0
second reserved 0
group [[{"group":"default,second"},3]]
target [[{"group":"default,second"},3]]
jobs 0
paused 0
ok - a scrape behind a silent client is answered within 2 s
ok - paused 1 after SIGUSR2
ok - paused 0 after SIGCONT
exit status 0
