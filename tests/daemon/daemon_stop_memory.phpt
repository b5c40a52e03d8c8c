--TEST--
daemon() returns 12 (EXIT_MEMORY_LIMIT) with stopping (12, "max_memory_exceeded") after the job that took PHP's memory to the memory option (MB); memory beats max_jobs
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip memory_get_usage(true) means nothing without Zend MM (valgrind run)');
}
?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class HogJob
{
    public function fire(QWorker\Job $job, $mb)
    {
        $GLOBALS['hog'][] = str_repeat('x', $mb << 20);
        qw_log("HogJob kept $mb MB");
        $job->delete();
    }
}

$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
$limit = (int) ceil(memory_get_usage(true) / 1048576) + 8;
$w->push('OkJob', 1);
$w->push('HogJob', 1);
$w->push('HogJob', 16);
$w->push('OkJob', 2);
$status = $w->daemon('redis', null, ['sleep' => 0, 'memory' => $limit, 'stop_when_empty' => true]);
var_dump($status, $status === QWorker::EXIT_MEMORY_LIMIT);
echo $w->size(), " job still queued\n";

echo "-- memory and max_jobs both hit: memory wins\n";
$w->clear();
$w->push('HogJob', 1);
$w->push('OkJob', 4);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'memory' => $limit, 'max_jobs' => 1]));
echo $w->size(), " job still queued\n";

echo "-- the limit is checked after the pass, not before a job\n";
$GLOBALS['hog'] = [];
$w->clear();
$w->push('OkJob', 3);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'memory' => 1, 'max_jobs' => 5]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
OkJob::fire 1 attempt 1
HogJob kept 1 MB
HogJob kept 16 MB
stopping 12, 'max_memory_exceeded'
int(12)
bool(true)
1 job still queued
-- memory and max_jobs both hit: memory wins
HogJob kept 1 MB
stopping 12, 'max_memory_exceeded'
int(12)
1 job still queued
-- the limit is checked after the pass, not before a job
OkJob::fire 3 attempt 1
stopping 12, 'max_memory_exceeded'
int(12)
