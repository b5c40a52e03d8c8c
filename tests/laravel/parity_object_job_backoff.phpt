--TEST--
Laravel parity: a Laravel object job whose handle() throws is released by QWorker with the job's own backoff list, as Laravel's Worker does
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

$laravel = qw_laravel_test_queue();
$qw = qw_test_worker();
$qw->setResolver(qw_laravel_resolver());
$reported = [];
$qw->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reported) {
    $reported[] = get_class($e) . ': ' . $e->getMessage();
});
$r = new QwTestRedis();
qw_laravel_then('throw');

/* The same payload on 'lw' for Laravel's Worker and 'qw' for QWorker, already tried once. */
$laravel->push(new LaravelTestObjectJob('x'), '', 'lw');
$p = json_decode($r->key('LPOP', 'queues:lw'), true);
$p['attempts'] = 1;
$raw = json_encode($p, JSON_UNESCAPED_UNICODE);
$r->key('RPUSH', 'queues:lw', $raw);
$qw->pushRaw($raw, 'qw');

$before = time();
qw_laravel_run_next($laravel, 'lw', ['maxTries' => 0, 'backoff' => 60]);
$qw->runNextJob('redis', 'qw', ['tries' => 0, 'backoff' => 60, 'sleep' => 0]);
$after = time();

foreach (['lw', 'qw'] as $queue) {
    echo "-- $queue\n";
    echo qw_laravel_sizes($queue), "\n";
    [$member, $score] = $r->key('ZRANGE', "queues:$queue:delayed", '0', '-1', 'WITHSCORES');
    $p = json_decode($member, true);
    /* Key order is not content: Laravel's Lua cjson re-encodes objects in its own order. */
    $sorted = function (array $a) use (&$sorted) {
        ksort($a);
        return array_map(fn($v) => is_array($v) ? $sorted($v) : $v, $a);
    };
    $delayed[$queue] = $sorted($p);
    echo 'attempts ', $p['attempts'], ', due in ', $score >= $before + 7 && $score <= $after + 7 ? 7 : $score - $before, "s\n";
}
var_dump($delayed['lw'] === $delayed['qw']);
foreach (qw_laravel_calls() as $call) {
    echo $call['job_class'], ' attempt ', $call['attempts'], "\n";
}
foreach (qw_laravel_reported() as $e) {
    echo 'laravel reported ', get_class($e), ': ', $e->getMessage(), "\n";
}
foreach ($reported as $line) {
    echo "qworker reported $line\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- lw
ready=0 notify=0 delayed=1 reserved=0
attempts 2, due in 7s
-- qw
ready=0 notify=0 delayed=1 reserved=0
attempts 2, due in 7s
bool(true)
Illuminate\Queue\Jobs\RedisJob attempt 2
QwLaravelJob attempt 2
laravel reported RuntimeException: LaravelTestObjectJob failed
qworker reported RuntimeException: LaravelTestObjectJob failed
