--TEST--
Fault: Redis that stops answering for 3 s (the redis-server process frozen with SIGSTOP, or CLIENT PAUSE 3000) under a worker with read_timeout 0.5: pop() and the daemon's pop throw a ConnectionException saying no reply came within the read timeout, long before Redis answers again (no hang); the daemon reports it, keeps running without a busy loop, reconnects once Redis is back and runs every job exactly once (a job whose pop the frozen server ran after the worker gave up comes back after retry_after, as attempt 2)
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_child();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/fault_log.inc';

const PAUSE = 3.0;
const RETRY_AFTER = 2;
const SIGSTOP_ = 19, SIGCONT_ = 18; /* Linux */

$srv = new QwbServer('fault_redis_slow');
$srv->start();
$port = $srv->port;
$pid = proc_get_status($srv->proc)['pid'];
register_shutdown_function(fn () => posix_kill($pid, SIGCONT_));
$log = "$srv->dir/ran.log";
$gate = "$srv->dir/gate";
$settings = ['host' => '127.0.0.1', 'port' => $port, 'read_timeout' => 0.5, 'retry_after' => RETRY_AFTER];
$clean = fn (string $s) => str_replace(":$port", ':PORT', $s);

/* Makes Redis stop answering; returns a function that makes it answer again. */
function slow_down(string $how, int $pid, int $port): callable
{
    if ($how === 'frozen') {
        posix_kill($pid, SIGSTOP_);
        return fn () => posix_kill($pid, SIGCONT_);
    }
    /* CLIENT PAUSE ends by itself; the pausing client stays out of the way until then. */
    (new QwTestRedis('127.0.0.1', $port))->cmd('CLIENT', 'PAUSE', (string) (int) (PAUSE * 1000), 'ALL');
    return function () {};
}

foreach (['frozen' => 'redis-server frozen (SIGSTOP)', 'paused' => 'CLIENT PAUSE 3000 ALL'] as $how => $title) {
    echo "-- $title: pop()\n";
    $w = new QWorker(qw_test_settings($settings));
    $w->size(); /* connected */
    $resume = slow_down($how, $pid, $port);
    $t0 = microtime(true);
    try {
        $job = $w->pop();
        echo 'pop() returned ', var_export($job, true), "\n";
    } catch (QWorker\ConnectionException $e) {
        echo get_class($e), ': ', $clean($e->getMessage()), "\n";
    }
    $took = microtime(true) - $t0;
    qwb_ok('after at least one read timeout, well before Redis answers again', $took >= 0.5 && $took < PAUSE - 0.5, sprintf('%.3f s', $took));
    usleep((int) ((PAUSE - $took) * 1e6));
    $resume();
    qwb_ok('Redis answers again', fault_wait(function () use ($port) {
        try {
            return (new QwTestRedis('127.0.0.1', $port))->cmd('PING') === 'PONG';
        } catch (RuntimeException $e) {
            return false;
        }
    }, 5));
    $w->push('FaultJob', ['n' => 0, 'log' => $log]);
    $job = $w->pop();
    qwb_ok('the same QWorker reconnects: push() and pop() work', $job !== null && $job->payload()['data']['n'] === 0, $job);
    $job->delete();
    qwb_ok('nothing left', fault_keys($srv->redis()) === [], fault_keys($srv->redis()));

    echo "-- $title: daemon\n";
    @unlink($log);
    @unlink($gate);
    for ($n = 1; $n <= 5; $n++) {
        $w->push('FaultJob', ['n' => $n, 'log' => $log] + ($n === 1 ? ['gate' => $gate] : []));
    }
    $c = qwb_child('
require_once ' . var_export(__DIR__ . '/../lib/fault_log.inc', true) . ';
$w = new QWorker(qw_test_settings(' . var_export($settings, true) . '));
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) {
    echo "report ", get_class($e), ": ", $e->getMessage(), $job ? " (job)" : " (no job)", "\n";
});
$w->setFailer(function ($c, $q, $payload, Throwable $e) { echo "failed ", get_class($e), "\n"; });
$status = $w->daemon("redis", null, ["sleep" => 0.1, "tries" => 3]);
echo "daemon returned $status\n";
exit($status);
');
    qwb_ok('job 1 started', fault_wait(fn () => str_contains((string) @file_get_contents($log), 'start 1 1'), 10), $c->output() . $c->errors());
    $resume = slow_down($how, $pid, $port);
    $slowFrom = microtime(true);
    touch($gate); /* job 1 ends, its next pop meets the silent Redis */
    $reported = $c->waitFor('report ', PAUSE - 0.3);
    qwb_ok('the worker gave up on the pop and reported it while Redis was still silent', $reported, $c->output() . $c->errors());
    usleep((int) max(0, ($slowFrom + PAUSE - microtime(true)) * 1e6));
    $resume();
    $r = $srv->redis();
    $finished = fault_wait(fn () => fault_done($log) === 5 && fault_keys($r) === [], 15);
    qwb_ok('after Redis is back every job ran and Redis is empty', $finished, [fault_done($log), fault_keys($r), $c->output(), $c->errors()]);
    usleep(300000);
    $c->signal(15);
    $status = $c->wait(10);
    qwb_ok('SIGTERM then stops the worker with status 0', $status === 0, [$status, $c->output(), $c->errors()]);

    $reports = qwb_lines($c->output(), ['report ', 'failed ']);
    echo 'first report: ', $clean($reports[0] ?? 'none'), "\n";
    $bad = array_filter($reports, fn ($l) => !str_starts_with($l, 'report QWorker\ConnectionException: ') || !str_ends_with($l, ' (no job)'));
    qwb_ok('only ConnectionExceptions with no job were reported, nothing failed', $bad === [], $reports);
    qwb_ok('a few reports, no busy loop (at most 4)', count($reports) <= 4, $reports);
    qwb_ok('no PHP warning or error', $c->errors() === '', $c->errors());

    $starts = $ends = [];
    foreach (fault_records($log) as $rec) {
        if ($rec['ev'] === 'start') {
            $starts[$rec['n']][] = $rec;
        } else {
            $ends[$rec['n']][] = $rec;
        }
    }
    $once = array_filter(range(1, 5), fn ($n) => count($starts[$n] ?? []) === 1 && count($ends[$n] ?? []) === 1);
    qwb_ok('each job ran exactly once, to its end', count($once) === 5, [$starts, $ends]);
    qwb_ok('job 1, in hand when Redis went silent, ran as attempt 1 only (acknowledged)', ($starts[1][0]['attempt'] ?? 0) === 1);
    /* A pop Redis ran after the worker had given up reserved its job then: it may come back only after retry_after. */
    $early = [];
    foreach ($starts as $n => $s) {
        /* the pop that reserved it was sent after Redis went silent, and scores are whole seconds of the worker's clock */
        if ($s[0]['attempt'] > 1 && floor($s[0]['t']) < floor($slowFrom) + RETRY_AFTER) {
            $early[] = sprintf('job %d attempt %d %.3f s after Redis went silent', $n, $s[0]['attempt'], $s[0]['t'] - $slowFrom);
        }
    }
    qwb_ok('a job run as attempt 2 came back only retry_after after the worker popped it', $early === [], $early);
}
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('fault_redis_slow');
?>
--EXPECT--
-- redis-server frozen (SIGSTOP): pop()
QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: no reply within the read timeout (0.5 s)
ok - after at least one read timeout, well before Redis answers again
ok - Redis answers again
ok - the same QWorker reconnects: push() and pop() work
ok - nothing left
-- redis-server frozen (SIGSTOP): daemon
ok - job 1 started
ok - the worker gave up on the pop and reported it while Redis was still silent
ok - after Redis is back every job ran and Redis is empty
ok - SIGTERM then stops the worker with status 0
first report: report QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: no reply within the read timeout (0.5 s) (no job)
ok - only ConnectionExceptions with no job were reported, nothing failed
ok - a few reports, no busy loop (at most 4)
ok - no PHP warning or error
ok - each job ran exactly once, to its end
ok - job 1, in hand when Redis went silent, ran as attempt 1 only (acknowledged)
ok - a job run as attempt 2 came back only retry_after after the worker popped it
-- CLIENT PAUSE 3000 ALL: pop()
QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: no reply within the read timeout (0.5 s)
ok - after at least one read timeout, well before Redis answers again
ok - Redis answers again
ok - the same QWorker reconnects: push() and pop() work
ok - nothing left
-- CLIENT PAUSE 3000 ALL: daemon
ok - job 1 started
ok - the worker gave up on the pop and reported it while Redis was still silent
ok - after Redis is back every job ran and Redis is empty
ok - SIGTERM then stops the worker with status 0
first report: report QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: no reply within the read timeout (0.5 s) (no job)
ok - only ConnectionExceptions with no job were reported, nothing failed
ok - a few reports, no busy loop (at most 4)
ok - no PHP warning or error
ok - each job ran exactly once, to its end
ok - job 1, in hand when Redis went silent, ran as attempt 1 only (acknowledged)
ok - a job run as attempt 2 came back only retry_after after the worker popped it
