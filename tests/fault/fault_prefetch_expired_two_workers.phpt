--TEST--
Fault: two worker processes at prefetch 3, retry_after 3: worker A holds jobs 2 and 3 reserved ahead past their expiry (job 1, acknowledged at once, runs long); worker B's pop moves them back and takes them (2 started, 3 waiting); when A goes on, neither job is started again from A's stale reservation (not 2 through B's copy, not 3 through B's waiting member): every job is started once, on attempt 1, and Redis ends empty
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

$r = new QwTestRedis();
$w = qw_test_worker(['retry_after' => 3]);
$log = sys_get_temp_dir() . '/qwt-fault-prefetch-expired-' . getmypid() . '.log';
qw_test_cleanup();
@unlink($log);
for ($n = 1; $n <= 3; $n++) {
    $w->push('StaleJob', ['n' => $n, 'log' => $log]);
}
/*
 * A's job 1 takes itself out of :reserved at once (so that only jobs 2 and
 * 3 expire) and lasts until B has started job 2; B's job 2 lasts until A
 * starts job 3 (it must not), at most 1.5 s. So A tries its stale jobs
 * while B holds them, in the second of B's pop.
 */
$code = '
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
final class StaleJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $n = $data["n"];
        fault_record($data["log"], "start $n " . $job->attempts());
        $other = fn (int $m) => array_filter(fault_records($data["log"]),
            fn ($r) => $r["ev"] === "start" && $r["n"] === $m && $r["pid"] !== getmypid()) !== [];
        if ($n === 1) {
            (new QwTestRedis())->key("ZREM", "queues:default:reserved", $job->getReservedJob());
            fault_wait(fn () => $other(2), 10);
        } elseif ($n === 2) {
            fault_wait(fn () => $other(3), 1.5);
        }
        $job->delete();
        fault_record($data["log"], "end $n " . $job->attempts());
    }
}
$w = qw_test_worker(["retry_after" => 3]);
$w->setExceptionHandler(function (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; });
exit($w->daemon("redis", null, ["sleep" => 0.05, "prefetch" => 3]));
';
$a = qwb_child($code);
qwb_ok('worker A started job 1', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $a->output() . $a->errors());
/* A's reservation of jobs 2 and 3 ends 3 s after its pop: B's pop must come later. */
qwb_ok('jobs 2 and 3 expired in :reserved', fault_wait(function () use ($r) {
    $expired = $r->key('ZRANGEBYSCORE', 'queues:default:reserved', '-inf', (string) time());
    return count($expired) === 2;
}, 5));
$b = qwb_child($code);
qwb_ok('Redis is empty again', fault_wait(fn () => fault_keys($r) === [], 15), fault_keys($r));
usleep(300000);
$a->signal(15);
$b->signal(15);
echo 'exit statuses: ', $a->wait(10), ' ', $b->wait(10), "\n";
echo $a->output(), $a->errors(), $b->output(), $b->errors();
$starts = [];
foreach (fault_records($log) as $rec) {
    if ($rec['ev'] === 'start') {
        $key = "job {$rec['n']} attempt {$rec['attempt']}";
        $starts[$key] = ($starts[$key] ?? 0) + 1;
    }
}
ksort($starts);
foreach ($starts as $key => $count) {
    echo "$key: started $count time(s)\n";
}
echo 'jobs that ran to the end: ', fault_done($log), "\n";
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-fault-prefetch-expired-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - worker A started job 1
ok - jobs 2 and 3 expired in :reserved
ok - Redis is empty again
exit statuses: 0 0
job 1 attempt 1: started 1 time(s)
job 2 attempt 1: started 1 time(s)
job 3 attempt 1: started 1 time(s)
jobs that ran to the end: 3
