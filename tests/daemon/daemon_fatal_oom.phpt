--TEST--
Memory exhausted in a job ("Allowed memory size ... exhausted", PHP's out-of-memory error, which Debian's PHP 8.2 delays to the next opcode and unwinds from, and other builds bail out from): as any PHP fatal error, the job is released natively before the process exits 255 (after its backoff, or due at once on its last try so that the next worker fails it), jobs reserved ahead go back, and the error is logged with the job; daemon() and runNextJob()
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip memory_limit is not enforced without the Zend allocator');
}
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();

$class = <<<'PHP'
final class FatalJob
{
    public function fire(QWorker\Job $job, $data)
    {
        echo "FatalJob {$data['n']} attempt {$job->attempts()}\n";
        if ($data['how'] === 'memory') {
            $hog = [];
            for (;;) {
                $hog[] = str_repeat('x', 1 << 20);
            }
        }
        if ($data['how'] === 'time_limit') {
            set_time_limit(1);
            for (;;) {
            }
        }
        $job->delete();
    }
}
PHP;
$jobs = $class . "\nregister_shutdown_function(function () { echo \"shutdown function\\n\"; });\n";
eval($class);

$r = new QwTestRedis();
$w = qw_test_worker();

/* What the queue holds: ready jobs (n:attempts), delayed ones with their delay, reserved count. */
function state(QwTestRedis $r): string
{
    $desc = fn ($raw) => ($p = json_decode($raw, true))['data']['n'] . ':' . $p['attempts'];
    $ready = array_map($desc, $r->key('LRANGE', 'queues:default', '0', '-1'));
    $delayed = [];
    $members = $r->key('ZRANGE', 'queues:default:delayed', '0', '-1', 'WITHSCORES');
    for ($i = 0; $i < count($members); $i += 2) {
        $in = (int) $members[$i + 1] - time();
        $delayed[] = $desc($members[$i]) . ' due ' . ($in <= 0 ? 'now' : ($in >= 4 && $in <= 5 ? 'in 5 s' : "in $in s"));
    }
    return sprintf('ready [%s], delayed [%s], reserved %d, notify %d', implode(' ', $ready), implode(' ', $delayed),
        $r->key('ZCARD', 'queues:default:reserved'), $r->key('LLEN', 'queues:default:notify'));
}

/*
 * The child's output without PHP's fatal error message and, where PHP 8.5's
 * fatal_error_backtraces adds one, the stack trace after it.
 */
function without_fatal_error(string $out): string
{
    return preg_replace('/^(PHP )?Fatal error.*\n(Stack trace:\n(#\d+ .*\n)+)?|^\n/m', '', $out);
}

function child_run(string $jobs, string $call): array
{
    $c = qwb_child($jobs . "\n\$w = qw_test_worker();\n" . $call, []);
    $status = $c->wait(20);
    $log = array_values(array_filter(explode("\n", $c->errors()), fn ($l) => str_starts_with($l, 'QWorker: job')));
    $log = array_map(fn ($l) => preg_replace(['/\(id \w+\)/', '/size of \d+ bytes exhausted \(tried to allocate \d+ bytes\)/', '/ in \S+:\d+$/'],
        ['(id ID)', 'size of N bytes exhausted', ' in FILE:LINE'], $l), $log);
    return [$status, $c->output(), $log];
}

echo "-- daemon, prefetch 3, memory exhausted on the first attempt (tries 3, backoff 5)\n";
$w->push('FatalJob', ['n' => 1, 'how' => 'memory']);
$w->push('FatalJob', ['n' => 2, 'how' => 'none']);
$w->push('FatalJob', ['n' => 3, 'how' => 'none']);
[$status, $out, $log] = child_run($jobs, "ini_set('memory_limit', '32M');\n\$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 3, 'tries' => 3, 'backoff' => 5]);\necho \"not reached\\n\";");
echo "status $status\n", without_fatal_error($out), implode("\n", $log), "\n", state($r), "\n";
qw_test_cleanup();

echo "-- runNextJob (queue:work --once), memory exhausted on the last attempt (tries 1)\n";
$w->push('FatalJob', ['n' => 4, 'how' => 'memory']);
[$status, $out, $log] = child_run($jobs, "ini_set('memory_limit', '32M');\n\$w->runNextJob('redis', null, ['tries' => 1]);\necho \"not reached\\n\";");
echo "status $status\n", without_fatal_error($out), implode("\n", $log), "\n", state($r), "\n";

echo "-- the next worker fails it as attempted too many times\n";
$w->setExceptionHandler(fn () => null);
$w->setFailer(function ($connection, $queue, $payload, Throwable $e) {
    echo 'failer: ', get_class($e), ': ', $e->getMessage(), "\n";
});
$w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true, 'tries' => 1]);
echo state($r), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- daemon, prefetch 3, memory exhausted on the first attempt (tries 3, backoff 5)
status 255
FatalJob 1 attempt 1
shutdown function
QWorker: job FatalJob (id ID) was released, due again after its backoff after a PHP fatal error: Allowed memory size of N bytes exhausted in FILE:LINE
ready [2:0 3:0], delayed [1:1 due in 5 s], reserved 0, notify 2
-- runNextJob (queue:work --once), memory exhausted on the last attempt (tries 1)
status 255
FatalJob 4 attempt 1
shutdown function
QWorker: job FatalJob (id ID) was released, due at once after a PHP fatal error: Allowed memory size of N bytes exhausted in FILE:LINE
ready [], delayed [4:1 due now], reserved 0, notify 0
-- the next worker fails it as attempted too many times
failer: QWorker\MaxAttemptsExceededException: FatalJob has been attempted too many times or run too long. The job may have previously timed out.
ready [], delayed [], reserved 0, notify 0