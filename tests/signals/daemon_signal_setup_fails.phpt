--TEST--
Daemon signals: when the signal pipe cannot be made (no file descriptor left), daemon() throws QWorker\Exception naming the cause, runs no job and leaves nothing behind: no descriptor, no handler (SIGTERM still kills), no daemon marked running (a second daemon() runs the job)
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
if (!function_exists('posix_setrlimit') || !is_dir('/proc/self/fd')) die('skip needs posix_setrlimit() and /proc/self/fd');
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();

$then = [
    'SIGTERM to itself' => '
echo "sending SIGTERM\n";
posix_kill(getmypid(), 15);
usleep(500000);
echo "survived SIGTERM\n";',
    'daemon() again' => '
$status = $w->daemon("redis", null, ["sleep" => 0, "stop_when_empty" => true]);
echo "daemon returned $status\n";
echo $w->size(), " job queued\n";',
];
foreach ($then as $what => $code) {
    echo "-- daemon() without a descriptor left, then $what\n";
    $c = qwb_child('
function fds(): int { return count(scandir("/proc/self/fd")); }
$w = qw_test_worker();
$w->clear();
$w->push("OkJob", 1);
$before = fds();
$limits = posix_getrlimit();
posix_setrlimit(POSIX_RLIMIT_NOFILE, $before + 8, (int) $limits["hard openfiles"]);
$fill = [];
while (($f = @fopen("/dev/null", "r")) !== false) {
    $fill[] = $f;
}
try {
    $w->daemon("redis", null, ["sleep" => 0, "stop_when_empty" => true]);
    echo "daemon returned?\n";
} catch (QWorker\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
array_map("fclose", $fill);
posix_setrlimit(POSIX_RLIMIT_NOFILE, (int) $limits["soft openfiles"], (int) $limits["hard openfiles"]);
echo "descriptors left behind: ", fds() - $before, "\n";
echo $w->size(), " job queued\n";
' . $code . '
exit(0);
');
    $status = $c->wait(10);
    echo $c->output(), $c->errors();
    echo 'exit status ', var_export($status, true), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- daemon() without a descriptor left, then SIGTERM to itself
QWorker\Exception: QWorker::daemon() cannot create its signal pipe: Too many open files
descriptors left behind: 0
1 job queued
sending SIGTERM
exit status 143
-- daemon() without a descriptor left, then daemon() again
QWorker\Exception: QWorker::daemon() cannot create its signal pipe: Too many open files
descriptors left behind: 0
1 job queued
OkJob::fire 1 attempt 1
daemon returned 0
0 job queued
exit status 0
