--TEST--
Fault: four worker processes at prefetch 16 drain 6,000 jobs while one of them is killed with SIGKILL (and replaced) six times: the acknowledgements of finished jobs reach Redis before the next job starts, so each kill runs again at most the job that was in hand (at most six extra starts in all); every job runs to the end and Redis ends empty
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

const JOBS = 6000;
const KILLS = 6;

$r = new QwTestRedis();
$w = qw_test_worker(['retry_after' => 2]);
$log = sys_get_temp_dir() . '/qwt-fault-kill9-acks-' . getmypid() . '.log';
qw_test_cleanup();
@unlink($log);
for ($n = 1; $n <= JOBS; $n++) {
    $w->push('FaultJob', ['n' => $n, 'log' => $log, 'us' => 1000]);
}
$code = '
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = qw_test_worker(["retry_after" => 2]);
$w->setExceptionHandler(function (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; });
exit($w->daemon("redis", null, ["sleep" => 0.05, "prefetch" => 16, "tries" => 5]));
';
$workers = [];
for ($i = 0; $i < 4; $i++) {
    $workers[$i] = qwb_child($code);
}
$kills = 0;
for ($k = 0; $k < KILLS; $k++) {
    usleep(300000);
    $i = $k % 4;
    $workers[$i]->signal(9);
    $workers[$i]->wait(5);
    $kills++;
    $workers[$i] = qwb_child($code);
}
$done = fault_wait(fn () => fault_done($log) === JOBS && fault_keys($r) === [], 30);
qwb_ok('every job ran to the end and Redis is empty', $done, [fault_done($log), fault_keys($r)]);
$output = '';
foreach ($workers as $c) {
    $c->signal(15);
    $c->wait(10);
    $output .= $c->output() . $c->errors();
}
echo $output;
$starts = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $starts[$rec['n']] = ($starts[$rec['n']] ?? 0) + 1;
    }
}
$extra = array_sum($starts) - count($starts);
echo "kills: $kills\n";
qwb_ok('at most one extra start per kill', $extra <= $kills, "$extra extra starts");
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-fault-kill9-acks-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - every job ran to the end and Redis is empty
kills: 6
ok - at most one extra start per kill
