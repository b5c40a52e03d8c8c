--TEST--
Daemon signals: with no job in hand, SIGTERM stops the worker within 100 ms, cutting short its sleep (sleep 30, empty queue) or its blocking pop (block_for 0 = forever, block_for 30); stopping hook (0, "interrupted"), exit status 0
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();

$cases = [
    'sleeping (sleep 30, empty queue)' => [[], 'hook idle', ['popping', 'idle', 'stopping']],
    /* whether an interrupted pop counts as an idle pass is not the point here: no idle hook */
    'blocking pop forever (block_for 0)' => [['block_for' => 0], 'hook popping', ['popping', 'stopping']],
    'blocking pop (block_for 30)' => [['block_for' => 30], 'hook popping', ['popping', 'stopping']],
];
foreach ($cases as $what => [$settings, $marker, $hooks]) {
    echo "-- $what\n";
    $c = qwb_child('
$w = qw_test_worker(' . var_export($settings, true) . ');
qw_observe($w);
qwb_hooks($w, ' . var_export($hooks, true) . ');
$status = $w->daemon("redis", null, ["sleep" => 30]);
$t = microtime(true);
printf("daemon returned %d at %.6f\n", $status, $t);
exit($status);
');
    qwb_ok("the worker is idle ($marker)", $c->waitFor($marker, 10), $c->output() . $c->errors());
    usleep(300000); /* well inside the sleep / BLPOP now */
    $sent = microtime(true);
    $c->signal(15);
    $status = $c->wait(10);
    $out = $c->output();
    echo preg_replace('/ at [0-9.]+/', ' at T', $out), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
    if (preg_match('/daemon returned \d+ at ([0-9.]+)/', $out, $m)) {
        $took = (float) $m[1] - $sent;
        qwb_ok('daemon() returned within 100 ms of SIGTERM', $took >= 0 && $took < 0.1, sprintf('%.3f s', $took));
    }
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- sleeping (sleep 30, empty queue)
ok - the worker is idle (hook idle)
hook popping redis default
hook idle redis default
hook stopping 0 interrupted
daemon returned 0 at T
exit status 0
ok - daemon() returned within 100 ms of SIGTERM
-- blocking pop forever (block_for 0)
ok - the worker is idle (hook popping)
hook popping redis default
hook stopping 0 interrupted
daemon returned 0 at T
exit status 0
ok - daemon() returned within 100 ms of SIGTERM
-- blocking pop (block_for 30)
ok - the worker is idle (hook popping)
hook popping redis default
hook stopping 0 interrupted
daemon returned 0 at T
exit status 0
ok - daemon() returned within 100 ms of SIGTERM
