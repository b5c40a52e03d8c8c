--TEST--
Laravel interop: extra payload keys added by Laravel's createPayloadUsing() hooks (as Horizon does) survive a QWorker pop and release and reach Laravel again
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

Illuminate\Queue\Queue::createPayloadUsing(fn ($connection, $queue, $payload) => [
    'type' => 'job',
    'tags' => ['team:7', 'mail'],
    'pushedAt' => '1700000000.1234',
    'hook' => [$connection, $queue],
]);
$laravel->push('LaravelTestJob@fire', 'x');
Illuminate\Queue\Queue::createPayloadUsing(null);

$job = $qw->pop();
echo implode(',', array_keys($job->payload())), "\n";
var_dump($job->payload()['tags'], $job->payload()['hook'], $job->payload()['pushedAt']);
$job->release(0);

$job = $laravel->pop();
var_dump($job->attempts());
$payload = $job->payload();
ksort($payload);
echo implode(',', array_keys($payload)), "\n";
var_dump($payload['tags'] === ['team:7', 'mail'], $payload['type'], $payload['pushedAt']);
$job->delete();
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
uuid,displayName,job,maxTries,maxExceptions,failOnTimeout,backoff,timeout,data,type,tags,pushedAt,hook,id,attempts
array(2) {
  [0]=>
  string(6) "team:7"
  [1]=>
  string(4) "mail"
}
array(2) {
  [0]=>
  string(5) "redis"
  [1]=>
  string(14) "queues:default"
}
string(15) "1700000000.1234"
int(2)
attempts,backoff,data,displayName,failOnTimeout,hook,id,job,maxExceptions,maxTries,pushedAt,tags,timeout,type,uuid
bool(true)
string(3) "job"
string(15) "1700000000.1234"
array(0) {
}
