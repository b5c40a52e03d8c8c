--TEST--
Laravel interop: QWorker::push() options are written where Laravel's object payloads put them and are read back by Laravel's RedisJob
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

$qw->push('LaravelTestJob@fire', ['to' => 1], null, [
    'maxTries' => 5,
    'maxExceptions' => 2,
    'failOnTimeout' => true,
    'backoff' => '10,20',
    'timeout' => 90,
    'retryUntil' => 2000000000,
    'displayName' => 'Welcome mail',
]);

$job = $laravel->pop();
foreach ($job->payload() as $key => $value) {
    echo $key, ' => ', $key === 'uuid' || $key === 'id' ? gettype($value) : json_encode($value), "\n";
}
var_dump($job->maxTries(), $job->maxExceptions(), $job->shouldFailOnTimeout(), $job->backoff(),
    $job->timeout(), $job->retryUntil(), $job->getName(), $job->resolveName(), $job->attempts());
$job->delete();
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
uuid => string
displayName => "Welcome mail"
job => "LaravelTestJob@fire"
maxTries => 5
maxExceptions => 2
failOnTimeout => true
backoff => "10,20"
timeout => 90
retryUntil => 2000000000
data => {"to":1}
id => string
attempts => 0
int(5)
int(2)
bool(true)
string(5) "10,20"
int(90)
int(2000000000)
string(19) "LaravelTestJob@fire"
string(12) "Welcome mail"
int(1)
array(0) {
}
