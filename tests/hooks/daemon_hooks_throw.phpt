--TEST--
Throwing hooks: before counts as a job exception (job failed on its last try, not run); popping/popped are reported and the pass takes no job (a popped job stays reserved); starting/idle end daemon() with the exception, and daemon() runs again after
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';
$r = new QwTestRedis();
function once(string $what): callable
{
    $thrown = false;
    return function () use ($what, &$thrown) {
        if (!$thrown) {
            $thrown = true;
            throw new LogicException("$what broke");
        }
    };
}

echo "-- before throws\n";
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['before', 'after', 'exception', 'failed', 'stopping'], ['before' => once('before')], false);
$w->push('OkJob', 1);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'tries' => 1, 'max_jobs' => 1]));
echo implode("\n", $GLOBALS['hlog']), "\n";
var_dump(qw_test_keys());

echo "-- popping throws\n";
qwa_reset();
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['popped', 'stopping'], [], false);
$w->on('popping', once('popping'));
$w->push('OkJob', 2);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]));
echo implode("\n", $GLOBALS['hlog']), "\n";

echo "-- popped throws\n";
qwa_reset();
$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['before', 'stopping'], [], false);
$w->on('popped', once('popped'));
$w->push('OkJob', 3);
var_dump($w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]));
echo implode("\n", $GLOBALS['hlog']), "\n";
echo count($r->key('ZRANGE', 'queues:default:reserved', '0', '-1')), " job reserved, ", $w->size(), " in all\n";
$w->clear();

echo "-- starting throws\n";
$w = qw_test_worker();
qw_observe($w);
$w->on('starting', once('starting'));
$w->push('OkJob', 4);
try {
    $w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]);
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo $w->size(), " job queued\n";
var_dump($w->daemon('redis', null, ['sleep' => 0, 'max_jobs' => 1]));

echo "-- idle throws\n";
$w->on('idle', once('idle'));
try {
    $w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]);
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($w->daemon('redis', null, ['sleep' => 0, 'stop_when_empty' => true]));
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
-- before throws
failer redis default LogicException: before broke (raw body)
report LogicException: before broke
int(0)
before 'redis', Job(OkJob@default#1)
failed 'redis', Job(OkJob@default#1), LogicException(before broke)
exception 'redis', Job(OkJob@default#1), LogicException(before broke)
stopping 0, 'max_jobs_exceeded'
array(0) {
}
-- popping throws
report LogicException: popping broke (no job)
OkJob::fire 2 attempt 1
int(0)
popped 'redis', Job(OkJob@default#1)
stopping 0, 'max_jobs_exceeded'
-- popped throws
report LogicException: popped broke%S
int(0)
stopping 0, 'queue_empty'
1 job reserved, 1 in all
-- starting throws
LogicException: starting broke
1 job queued
OkJob::fire 4 attempt 1
int(0)
-- idle throws
LogicException: idle broke
int(0)
