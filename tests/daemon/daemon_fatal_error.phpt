--TEST--
PHP fatal error in a job (max_execution_time exceeded, a fatal error on every PHP version): the process ends with PHP's fatal status 255, but first the job is released natively (after its backoff; due at once on its last attempt, so the next worker fails it as attempted too many times), the jobs reserved ahead go back, and the error text is logged with the job; runNextJob() does the same
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
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

echo "-- daemon, prefetch 4, max_execution_time exceeded on the first attempt (tries 3, backoff 5)\n";
$w->push('FatalJob', ['n' => 1, 'how' => 'time_limit']);
for ($n = 2; $n <= 4; $n++) {
    $w->push('FatalJob', ['n' => $n, 'how' => 'none']);
}
[$status, $out, $log] = child_run($jobs, "\$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 4, 'tries' => 3, 'backoff' => 5]);\necho \"not reached\\n\";");
echo "status $status\n", without_fatal_error($out), implode("\n", $log), "\n", state($r), "\n";

echo "-- the ready jobs run; the released one waits for its backoff\n";
$w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]);
echo state($r), "\n";
qw_test_cleanup();

echo "-- runNextJob (queue:work --once), max_execution_time exceeded on the last attempt (tries 1)\n";
$w->push('FatalJob', ['n' => 5, 'how' => 'time_limit']);
[$status, $out, $log] = child_run($jobs, "\$w->runNextJob('redis', null, ['tries' => 1]);\necho \"not reached\\n\";");
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
-- daemon, prefetch 4, max_execution_time exceeded on the first attempt (tries 3, backoff 5)
status 255
FatalJob 1 attempt 1
shutdown function
QWorker: job FatalJob (id ID) was released, due again after its backoff after a PHP fatal error: Maximum execution time of 1 second exceeded in FILE:LINE
ready [2:0 3:0 4:0], delayed [1:1 due in 5 s], reserved 0, notify 3
-- the ready jobs run; the released one waits for its backoff
FatalJob 2 attempt 1
FatalJob 3 attempt 1
FatalJob 4 attempt 1
ready [], delayed [1:1 due in 5 s], reserved 0, notify 0
-- runNextJob (queue:work --once), max_execution_time exceeded on the last attempt (tries 1)
status 255
FatalJob 5 attempt 1
shutdown function
QWorker: job FatalJob (id ID) was released, due at once after a PHP fatal error: Maximum execution time of 1 second exceeded in FILE:LINE
ready [], delayed [5:1 due now], reserved 0, notify 0
-- the next worker fails it as attempted too many times
failer: QWorker\MaxAttemptsExceededException: FatalJob has been attempted too many times or run too long. The job may have previously timed out.
ready [], delayed [], reserved 0, notify 0
