--TEST--
Daemon signals: the handlers exist only while daemon() runs; once it returned (stop_when_empty) or ended with an exception (a throwing idle hook), SIGTERM, SIGUSR2 and SIGALRM have their previous (default) action again: they kill the process
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();

$ends = [
    'returned' => '
echo "daemon returned ", $w->daemon("redis", null, ["sleep" => 0, "stop_when_empty" => true]), "\n";',
    'threw' => '
$w->on("idle", function () { throw new LogicException("idle hook broke"); });
try {
    $w->daemon("redis", null, ["sleep" => 0]);
    echo "daemon returned?\n";
} catch (LogicException $e) {
    echo "daemon threw ", $e->getMessage(), "\n";
}',
];
foreach ($ends as $end => $code) {
    foreach ([15 => 'SIGTERM', 12 => 'SIGUSR2', 14 => 'SIGALRM'] as $signo => $name) {
        echo "-- daemon() $end, then $name to itself\n";
        $c = qwb_child('
$w = qw_test_worker();
' . $code . '
echo "sending ' . $name . '\n";
posix_kill(getmypid(), ' . $signo . ');
usleep(500000);
echo "survived ' . $name . '\n";
exit(0);
');
        $status = $c->wait(10);
        echo $c->output(), $c->errors();
        echo 'exit status ', var_export($status, true), ' (128 + ', $signo, ' = ', 128 + $signo, ")\n";
    }
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- daemon() returned, then SIGTERM to itself
daemon returned 0
sending SIGTERM
exit status 143 (128 + 15 = 143)
-- daemon() returned, then SIGUSR2 to itself
daemon returned 0
sending SIGUSR2
exit status 140 (128 + 12 = 140)
-- daemon() returned, then SIGALRM to itself
daemon returned 0
sending SIGALRM
exit status 142 (128 + 14 = 142)
-- daemon() threw, then SIGTERM to itself
daemon threw idle hook broke
sending SIGTERM
exit status 143 (128 + 15 = 143)
-- daemon() threw, then SIGUSR2 to itself
daemon threw idle hook broke
sending SIGUSR2
exit status 140 (128 + 12 = 140)
-- daemon() threw, then SIGALRM to itself
daemon threw idle hook broke
sending SIGALRM
exit status 142 (128 + 14 = 142)
