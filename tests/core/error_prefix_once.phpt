--TEST--
QWorker's errors name qworker once: the exception class carries the QWorker\ namespace and the message no "QWorker: " prefix, so a thrown (caught or uncaught) one and a logged one read "QWorker\ConnectionException: cannot connect ..." while a job's own exception is logged as "QWorker: RuntimeException: ..."
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
$errlog = tempnam(sys_get_temp_dir(), 'qwlog');
ini_set('error_log', $errlog);
$logged = function () use ($errlog): string {
    $lines = preg_replace(['/^\[[^]]+\] /m', '/ in \S+:\d+$/m'], ['', ' in FILE:LINE'], trim(file_get_contents($errlog)));
    file_put_contents($errlog, '');
    return $lines;
};

$w = qw_test_worker();
$w->pushRaw('not json {');
$w->runNextJob('redis', null, ['sleep' => 0]);
echo $logged(), "\n";
$w->push('ThrowingJob', null, null, ['maxTries' => 1]);
$w->runNextJob('redis', null, ['sleep' => 0]);
echo $logged(), "\n";
unlink($errlog);

$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
fclose($s);
try {
    new QWorker(['host' => '127.0.0.1', 'port' => $port]);
} catch (QWorker\ConnectionException $e) {
    echo get_class($e), ': ', str_replace(":$port", ':PORT', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
QWorker\InvalidPayloadException: the job payload is not a JSON object in FILE:LINE
ThrowingJob::fire attempt 1
ThrowingJob::failed null RuntimeException: boom 1 uuid ok
QWorker: RuntimeException: boom 1 in FILE:LINE
QWorker\ConnectionException: cannot connect to Redis at 127.0.0.1:PORT: Connection refused
