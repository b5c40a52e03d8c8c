--TEST--
Fault: with prefetch 4 and the default tries (1), a worker killed with SIGKILL during job 1 must not cost the three jobs it reserved ahead and never started their only attempt: after retry_after a second worker runs each of them once (job 1 itself, which did run, fails as attempted too many times, as in Laravel)
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

$r = new QwTestRedis();
$w = qw_test_worker(['retry_after' => 2]);
$log = sys_get_temp_dir() . '/qwt-fault-kill9-unstarted-' . getmypid() . '.log';
qw_test_cleanup();
@unlink($log);
for ($n = 1; $n <= 4; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log] + ($n === 1 ? ['hang' => 30] : []));
}
$code = '
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = qw_test_worker(["retry_after" => 2]);
$w->setFailer(function ($c, $q, $payload, Throwable $e) { echo "failed job ", json_decode($payload, true)["data"]["n"], ": ", get_class($e), "\n"; });
$w->setExceptionHandler(function (Throwable $e) {});
$status = $w->daemon("redis", null, ["sleep" => 0.1, "prefetch" => 4]);
exit($status);
';
$w1 = qwb_child($code);
qwb_ok('worker 1 started job 1', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $w1->output() . $w1->errors());
$w1->signal(9);
$w1->wait(5);
echo 'reserved after the kill: ', implode(' ', array_keys(fault_state($r)['reserved'])), "\n";

$w2 = qwb_child($code);
qwb_ok('Redis is empty again', fault_wait(fn () => fault_keys($r) === [], 12), fault_keys($r));
usleep(300000);
$w2->signal(15);
$w2->wait(10);
$failed = qwb_lines($w2->output(), ['failed job ']);
sort($failed);
echo implode("\n", $failed), "\n", $w2->errors();
$ran = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'end') {
        $ran[] = $rec['n'];
    }
}
sort($ran);
echo 'jobs that ran to the end: [', implode(' ', $ran), "]\n";
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-fault-kill9-unstarted-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - worker 1 started job 1
reserved after the kill: 1 2 3 4
ok - Redis is empty again
failed job 1: QWorker\MaxAttemptsExceededException
jobs that ran to the end: [2 3 4]
