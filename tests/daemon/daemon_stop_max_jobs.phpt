--TEST--
daemon() with max_jobs N processes exactly N jobs, leaves the rest queued, calls stopping (0, "max_jobs_exceeded") and returns 0
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
for ($i = 1; $i <= 5; $i++) {
    $w->push('OkJob', $i);
}
var_dump($w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 3]));
echo $w->size(), " jobs still queued:";
foreach ((new QwTestRedis())->key('LRANGE', 'queues:default', '0', '-1') as $payload) {
    echo ' ', json_decode($payload, true)['data'];
}
echo "\n";

echo "-- a failing job counts too\n";
$w->clear();
$w->push('ThrowingJob');
$w->push('OkJob', 6);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]));
echo $w->size(), " job still queued\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
OkJob::fire 2 attempt 1
OkJob::fire 3 attempt 1
stopping 0, 'max_jobs_exceeded'
int(0)
2 jobs still queued: 4 5
-- a failing job counts too
ThrowingJob::fire attempt 1
ThrowingJob::failed "" RuntimeException: boom 1 uuid ok
failer redis default RuntimeException: boom 1 (raw body)
report RuntimeException: boom 1
stopping 0, 'max_jobs_exceeded'
int(0)
1 job still queued
