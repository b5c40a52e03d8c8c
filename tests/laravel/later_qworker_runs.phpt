--TEST--
Laravel interop: a job delayed 2 seconds by Laravel's RedisQueue::later() is not run by QWorker before it is due, then migrated and run once due
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
$r = new QwTestRedis();

/* Start early in a second so that "now" stays before the due time below. */
qw_laravel_align_to_second();
$before = time();
$id = $laravel->later(2, 'LaravelTestHandler@handle', ['mail' => 'x@example.com']);
$after = time();
$score = (int) $r->key('ZSCORE', 'queues:default:delayed', $r->key('ZRANGE', 'queues:default:delayed', '0', '0')[0]);
var_dump($score >= $before + 2 && $score <= $after + 2);
echo qw_laravel_sizes(), "\n";

var_dump($qw->runNextJob('redis', null, ['sleep' => 0]));
var_dump(time() < $score);
var_dump(count(qw_laravel_calls()));
echo qw_laravel_sizes(), "\n";

while (time() < $score) {
    usleep(50000);
}
$job = $qw->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job instanceof QWorker\Job);
var_dump($job->getJobId() === $id);
$calls = qw_laravel_calls();
echo count($calls), ' call: ', $calls[0]['handler'], ' got ', $calls[0]['job_class'], "\n";
var_dump($calls[0]['data'], $calls[0]['attempts']);
var_dump($job->isDeleted());
echo qw_laravel_sizes(), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
bool(true)
ready=0 notify=0 delayed=1 reserved=0
NULL
bool(true)
int(0)
ready=0 notify=0 delayed=1 reserved=0
bool(true)
bool(true)
1 call: LaravelTestHandler@handle got QWorker\Job
array(1) {
  ["mail"]=>
  string(13) "x@example.com"
}
int(1)
bool(true)
ready=0 notify=0 delayed=0 reserved=0
array(0) {
}
