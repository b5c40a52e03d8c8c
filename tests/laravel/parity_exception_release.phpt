--TEST--
Laravel parity: when the handler throws, QWorker::runNextJob() releases the job with the backoff exactly as Laravel's Worker does (tries 3, backoff 5)
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();

$qw = qw_test_worker();
$laravel = qw_laravel_test_queue();
$r = new QwTestRedis();

/* The same payload on two queues: 'lw' for Laravel's Worker, 'qw' for QWorker. */
$laravel->push('LaravelTestJob@fire', ['n' => 1], 'lw');
$raw = $r->key('LINDEX', 'queues:lw', '0');
$qw->pushRaw($raw, 'qw');

$reported = [];
$qw->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reported) {
    $reported[] = [get_class($e), $e->getMessage(), $job ? $job->attempts() : null];
});
qw_laravel_then('throw');

$before = time();
qw_laravel_run_next($laravel, 'lw', ['maxTries' => 3, 'backoff' => 5]);
$job = $qw->runNextJob('redis', 'qw', ['tries' => 3, 'backoff' => 5, 'sleep' => 0]);
$after = time();

foreach (['lw', 'qw'] as $queue) {
    echo "-- $queue\n";
    echo qw_laravel_sizes($queue), "\n";
    [$member, $score] = $r->key('ZRANGE', "queues:$queue:delayed", '0', '-1', 'WITHSCORES');
    $p = json_decode($member, true);
    ksort($p);
    $delayed[$queue] = $p;
    var_dump($p['attempts']);
    echo $score >= $before + 5 && $score <= $after + 5 ? 'due in 5s' : 'due in ' . ($score - $before) . 's', "\n";
}
echo "-- same delayed payload\n";
var_dump($delayed['lw'] === $delayed['qw']);

echo "-- handler calls\n";
foreach (qw_laravel_calls() as $call) {
    echo $call['job_class'], ' attempt ', $call['attempts'], "\n";
}
echo "-- reported\n";
foreach (qw_laravel_reported() as $e) {
    echo 'laravel: ', get_class($e), ': ', $e->getMessage(), "\n";
}
foreach ($reported as [$class, $message, $attempts]) {
    echo "qworker: $class: $message (attempt $attempts)\n";
}
var_dump($job->isReleased(), $job->isDeleted(), $job->hasFailed());
var_dump($GLOBALS['qw_laravel_failed'] ?? []);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- lw
ready=0 notify=0 delayed=1 reserved=0
int(1)
due in 5s
-- qw
ready=0 notify=0 delayed=1 reserved=0
int(1)
due in 5s
-- same delayed payload
bool(true)
-- handler calls
Illuminate\Queue\Jobs\RedisJob attempt 1
QWorker\Job attempt 1
-- reported
laravel: RuntimeException: LaravelTestJob failed
qworker: RuntimeException: LaravelTestJob failed (attempt 1)
bool(true)
bool(false)
bool(false)
array(0) {
}
