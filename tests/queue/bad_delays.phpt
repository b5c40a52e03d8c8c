--TEST--
Huge delays never lose a job: API delays and retry_after over ten years are refused, a payload's huge backoff is clamped
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$w = qw_test_worker();
$r = new QwTestRedis();
foreach ([fn () => $w->later(PHP_INT_MAX, 'OkJob'), fn () => $w->laterRaw(315360001, '{}'),
          fn () => qw_test_worker(['retry_after' => PHP_INT_MAX])] as $call) {
    try {
        $call();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(qw_test_keys());

$w->push('OkJob');
$job = $w->pop();
try {
    $job->release(PHP_INT_MAX);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($r->key('ZSCORE', 'queues:default:reserved', $job->getReservedJob()) !== null);
$job->delete();

$w->setExceptionHandler(function () {});
$w->pushRaw('{"job":"ThrowingJob","backoff":"99999999999999999999","data":null,"attempts":0}');
$job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 5]);
$delay = (int) $r->key('ZSCORE', 'queues:default:delayed', $job->getReservedJob()) - time();
var_dump($job->isReleased(), abs($delay - 315360000) <= 1, qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
QWorker::later(): Argument #1 ($delay) must be between 0 and 315360000
QWorker::laterRaw(): Argument #1 ($delay) must be between 0 and 315360000
QWorker::__construct(): Argument #1 ($settings) key "retry_after" must be at most 315360000 seconds
array(0) {
}
QWorker\Job::release(): Argument #1 ($delay) must be between 0 and 315360000
bool(true)
ThrowingJob::fire attempt 1
bool(true)
bool(true)
array(1) {
  [0]=>
  string(22) "queues:default:delayed"
}
