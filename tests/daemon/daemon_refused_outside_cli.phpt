--TEST--
daemon() outside the CLI (here PHP's built-in web server, SAPI cli-server) throws Error "runs only in the CLI" and runs nothing, since its signals and job alarm would belong to the whole server; runNextJob(), which uses neither, runs a job there
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_cleanup();

$dir = sys_get_temp_dir() . '/qwt-server-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir($dir);
file_put_contents("$dir/router.php", sprintf('<?php
putenv(%s);
require %s;
require %s;
echo PHP_SAPI, "\n";
$w = qw_test_worker();
$w->push("OkJob", 1);
try {
    $w->daemon("redis", null, ["sleep" => 0, "stop_when_empty" => true]);
    echo "daemon returned\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo $w->size(), " job queued\n";
$job = $w->runNextJob("redis", null, ["sleep" => 0]);
echo "runNextJob ran ", $job ? $job->getName() : "nothing", "\n";
echo $w->size(), " job queued\n";
', var_export('QWORKER_TEST_PREFIX=' . qw_test_prefix(), true), var_export(__DIR__ . '/../lib/redis.inc', true), var_export(__DIR__ . '/../lib/job_handlers.inc', true)));

$probe = stream_socket_server('tcp://127.0.0.1:0');
$addr = stream_socket_get_name($probe, false);
fclose($probe);
$server = proc_open(
    array_merge(qw_test_php(), ['-S', $addr, "$dir/router.php"]),
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/out", 'a']],
    $pipes
);
$body = false;
for ($end = microtime(true) + 10; $body === false && microtime(true) < $end; usleep(50000)) {
    $body = @file_get_contents("http://$addr/");
}
proc_terminate($server);
proc_close($server);
echo $body === false ? "no answer from the server:\n" . file_get_contents("$dir/out") : $body;
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
cli-server
Error: QWorker::daemon() runs only in the CLI, not in the cli-server SAPI: its signals and job alarm would belong to the whole server
1 job queued
OkJob::fire 1 attempt 1
runNextJob ran OkJob
0 job queued
