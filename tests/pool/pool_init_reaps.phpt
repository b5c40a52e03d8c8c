--TEST--
Pool: a supervisor running as a container's init (pid 1 of its own pid namespace) reaps the orphans its workers' jobs leave (a background process of a job, reparented to it), so no zombie piles up; its own workers are still replaced and reaped
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
exec('unshare --pid --fork true 2>/dev/null', $out, $rc);
if ($rc !== 0) {
    die('skip needs unshare --pid (root, pid namespaces)');
}
?>
--FILE--
<?php
require __DIR__ . '/../lib/pool.inc';
qw_test_cleanup();
$r = new QwTestRedis();
$w = qw_test_worker();
$log = sys_get_temp_dir() . '/qwt-pool-init-' . getmypid() . '.log';
@unlink($log);
$c = new QwChild('
require_once ' . var_export(__DIR__ . '/../lib/pool.inc', true) . ';
class OrphanJob
{
    public function fire(QWorker\Job $job, $data)
    {
        // the shell exits at once; its sleep, orphaned, ends 0.2 s later
        exec("sh -c \"sleep 0.2 &\"");
        $job->delete();
        fault_record($data["log"], "end " . $data["n"] . " 1");
    }
}
$w = qw_test_worker();
$w->on("starting", function () { echo "worker " . getmypid() . " started on x\n"; });
echo "supervisor " . getmypid() . "\n";
exit($w->supervise("redis", null, ["processes" => 1, "sleep" => 0.1, "max_jobs" => 2]));
', [], ['unshare', '--pid', '--fork']);
qwb_ok('the supervisor is pid 1', fault_wait(fn () => str_contains($c->output(), "supervisor 1\n"), 10), $c->output() . $c->errors());
// the supervisor's pid outside the namespace: the child of unshare
$outer = fn () => (int) trim((string) @file_get_contents("/proc/$c->pid/task/$c->pid/children"));
qwb_ok('found it outside', fault_wait(fn () => $outer() > 0, 5));
$sup = $outer();
for ($n = 1; $n <= 4; $n++) {
    $w->push('OrphanJob', ['n' => $n, 'log' => $log]);
}
qwb_ok('every job ran', fault_wait(fn () => fault_done($log) === 4, 10), $c->output() . $c->errors());
usleep(800000);
$zombies = [];
foreach (glob('/proc/[0-9]*/stat') as $f) {
    $stat = (string) @file_get_contents($f);
    $rest = explode(' ', substr($stat, strrpos($stat, ')') + 2));
    if (($rest[1] ?? '') === (string) $sup && $rest[0] === 'Z') {
        $zombies[] = $stat;
    }
}
qwb_ok('no zombie left under the supervisor', $zombies === [], $zombies);
// max_jobs 2: the first worker was replaced
qwb_ok('its workers were replaced', substr_count($c->output(), 'started on x') >= 2, $c->output());
posix_kill($sup, SIGTERM);
echo 'exit status ', var_export($c->wait(10), true), "\n", $c->errors();
var_dump(fault_keys($r));
@unlink($log);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
foreach (glob(sys_get_temp_dir() . '/qwt-pool-init-*.log') as $f) {
    @unlink($f);
}
?>
--EXPECT--
ok - the supervisor is pid 1
ok - found it outside
ok - every job ran
ok - no zombie left under the supervisor
ok - its workers were replaced
exit status 0
array(0) {
}
