--TEST--
Queue protocol: a pop('a,b') blocked with 'block_for' => 5 is woken well before 5 s by a job another process pushes (RPUSH payload + RPUSH :notify 1) to the second queue 'b' or the first 'a', and returns that job; no queue waits behind another
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup(); /* leftovers of an interrupted run */

function ok(string $what, bool $cond, $detail = null): void
{
    echo $cond ? 'ok' : 'FAIL', " - $what";
    if (!$cond && func_num_args() > 2) {
        echo ': ', var_export($detail, true);
    }
    echo "\n";
}

/* Starts a php process that, after 0.3 s, pushes $payload to queue $queue the way Laravel does. */
function push_later(string $queue, string $payload)
{
    $key = qw_test_prefix() . "queues:$queue";
    $code = sprintf(
        'require %s; usleep(300000); $r = new QwTestRedis(%s, %d); $r->cmd("RPUSH", %s, %s); $r->cmd("RPUSH", %s, "1"); echo "pushed at ", microtime(true);',
        var_export(__DIR__ . '/../lib/redis.inc', true),
        var_export(qw_test_host(), true),
        qw_test_port(),
        var_export($key, true),
        var_export($payload, true),
        var_export("$key:notify", true)
    );
    $proc = proc_open([PHP_BINARY, '-n', '-r', $code], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($proc)) {
        die("cannot start the pushing process\n");
    }
    fclose($pipes[0]);
    return [$proc, $pipes];
}

/* Waits for the child; returns the microtime(true) at which it pushed. */
function finish(array $child): float
{
    [$proc, $pipes] = $child;
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($proc);
    $ok = preg_match('/^pushed at (\d+(\.\d+)?)$/', $out, $m) === 1 && $rc === 0;
    ok('child pushed', $ok, [$out, $err, $rc]);
    return $ok ? (float) $m[1] : NAN;
}

function payload(string $name): string
{
    return json_encode([
        'uuid' => '9b1d5f3e-7c4a-4e2b-8f6d-1a2b3c4d5e6f', 'displayName' => $name, 'job' => "$name@handle",
        'maxTries' => null, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
        'data' => ['n' => 1], 'id' => str_pad($name, 32, 'x'), 'attempts' => 0,
    ], JSON_UNESCAPED_UNICODE);
}

$qw = qw_test_worker(['block_for' => 5]);
$r = new QwTestRedis();

foreach (['b', 'a'] as $queue) {
    echo "-- pushed to '$queue' while pop('a,b') waits\n";
    $payload = payload(strtoupper($queue) . 'Job');
    $child = push_later($queue, $payload);
    $t = microtime(true);
    $job = $qw->pop('a,b');
    $returned = microtime(true);
    $elapsed = $returned - $t;
    $pushed = finish($child);
    /* Under valgrind (scripts/test.sh sets USE_ZEND_ALLOC=0) everything runs ~20 times slower. */
    $limit = getenv('USE_ZEND_ALLOC') === '0' ? 4 : 2;
    ok('woken well before 5 s', $elapsed < $limit, $elapsed);
    ok('it was blocked when the job came', $pushed > $t, [$t, $pushed]);
    ok('woken right after the push', $returned - $pushed < ($limit - 0.5), $returned - $pushed);
    echo $job === null ? 'NULL' : get_class($job), "\n";
    if ($job) {
        ok('raw body is the pushed payload', $job->getRawBody() === $payload, $job->getRawBody());
        var_dump($job->getQueue(), $job->attempts());
        ok('reserved on its queue', $r->key('ZRANGE', "queues:$queue:reserved", '0', '-1') === [$job->getReservedJob()]);
        $job->delete();
    }
    var_dump(qw_test_keys());
}

qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
-- pushed to 'b' while pop('a,b') waits
ok - child pushed
ok - woken well before 5 s
ok - it was blocked when the job came
ok - woken right after the push
QWorker\Job
ok - raw body is the pushed payload
string(1) "b"
int(1)
ok - reserved on its queue
array(0) {
}
-- pushed to 'a' while pop('a,b') waits
ok - child pushed
ok - woken well before 5 s
ok - it was blocked when the job came
ok - woken right after the push
QWorker\Job
ok - raw body is the pushed payload
string(1) "a"
int(1)
ok - reserved on its queue
array(0) {
}
