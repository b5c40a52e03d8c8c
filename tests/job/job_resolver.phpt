--TEST--
A resolver builds job handlers (Laravel's container stands here); its exceptions count as the job's
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';

class NeedsService
{
    public function __construct(private string $service) {}
    public function fire($job, $data) { qw_log("NeedsService with {$this->service}: $data"); $job->delete(); }
}

$w = qw_test_worker();
qw_observe($w);
$w->setResolver(function (string $class, QWorker\Job $job) {
    qw_log("resolve $class for job " . $job->getName());
    if ($class === 'Broken') {
        throw new RuntimeException('cannot build Broken');
    }
    if ($class === 'NotAnObject') {
        return 42;
    }
    return new NeedsService('mailer');
});
$w->push('NeedsService', 'hello');
$w->runNextJob('redis', null, ['sleep' => 0]);

$w->push('Broken', null, null, ['maxTries' => 2]);
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->isReleased());

$w->push('NotAnObject', null, null, ['maxTries' => 2]);
$job = $w->runNextJob('redis', null, ['sleep' => 0]);
var_dump($job->isReleased());

echo "-- without a resolver, classes are built with new\n";
$w->clear();
$w->setResolver(null);
$w->push('OkJob', 'plain');
$w->runNextJob('redis', null, ['sleep' => 0]);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
resolve NeedsService for job NeedsService
NeedsService with mailer: hello
resolve Broken for job Broken
report RuntimeException: cannot build Broken
bool(true)
resolve NotAnObject for job NotAnObject
report QWorker\Exception: the resolver returned int for class "NotAnObject", expected an object
bool(true)
-- without a resolver, classes are built with new
OkJob::fire "plain" attempt 1
