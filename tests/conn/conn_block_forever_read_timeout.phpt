--TEST--
block_for 0 (block until a job comes, as in Laravel) is not cut short by read_timeout: pop() waits past read_timeout and returns the job pushed later
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!function_exists('proc_open')) die('skip proc_open() not available');
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

/* Another process pushes a job (as Laravel's push script does) 0.8 s from now. */
$list = qw_test_prefix() . 'queues:default';
$payload = json_encode(['uuid' => 'u-late', 'id' => 'late', 'job' => 'ConnJob@handle', 'data' => 'late', 'attempts' => 0]);
$code = sprintf('usleep(800000); $s = stream_socket_client("tcp://%s:%d"); foreach ([["RPUSH", %s, %s], ["RPUSH", %s, "1"]] as $c) {'
    . ' $o = "*" . count($c) . "\r\n"; foreach ($c as $a) { $o .= "$" . strlen($a) . "\r\n$a\r\n"; } fwrite($s, $o); fgets($s); }',
    qw_test_host(), qw_test_port(), var_export($list, true), var_export($payload, true), var_export("$list:notify", true));
/* The worker is built first, so that the push comes while pop() blocks. */
$w = qw_test_worker(['read_timeout' => 0.3, 'block_for' => 0]);
$child = proc_open([PHP_BINARY, '-n', '-r', $code], [['file', '/dev/null', 'r'], ['file', '/dev/null', 'w'], STDERR], $pipes);
$t = microtime(true);
try {
    $job = $w->pop();
    echo 'pop(): ', $job ? $job->getJobId() : 'NULL';
} catch (QWorker\ConnectionException $e) {
    echo 'pop(): ', get_class($e), ': ', $e->getMessage();
}
$took = microtime(true) - $t;
/* The push comes 0.8 s after the child starts at the earliest (later under valgrind): past read_timeout. */
echo $took > 0.5 ? " [waited for it]\n" : sprintf(" [after %.3f s]\n", $took);
proc_close($child);
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
pop(): late [waited for it]
