--TEST--
Without an exception handler a job's exception goes to PHP's error log; a handler that throws stops runNextJob after the job was released
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$logFile = tempnam(sys_get_temp_dir(), 'qwlog');
ini_set("error_log", $logFile);
$w = qw_test_worker();
$w->push('ThrowingJob', null, null, ['maxTries' => 3]);
$w->runNextJob('redis', null, ['sleep' => 0]);
echo preg_match('~^\[[^]]+\] QWorker: RuntimeException: boom 1 in ' . preg_quote(dirname(__DIR__)) . '/lib/job_handlers.inc:\d+$~', trim(file_get_contents($logFile))) ? "logged\n" : file_get_contents($logFile);
unlink($logFile);

$w->setExceptionHandler(function (Throwable $e) {
    throw new LogicException('handler failed on ' . $e->getMessage());
});
(new QwTestRedis())->key('DEL', 'queues:default:delayed');
$w->push('ThrowingJob', null, null, ['maxTries' => 3]);
try {
    $w->runNextJob('redis', null, ['sleep' => 0]);
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
echo count(qw_delayed()), " job released, not lost\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
ThrowingJob::fire attempt 1
logged
ThrowingJob::fire attempt 1
handler failed on boom 1
1 job released, not lost
