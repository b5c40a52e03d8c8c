--TEST--
The extension loads, reports its version and hiredis version (in phpinfo and as QWorker::VERSION, QWorker::HIREDIS_VERSION), and registers its classes
--EXTENSIONS--
qworker
--FILE--
<?php
var_dump(extension_loaded('qworker'));
var_dump(phpversion('qworker') === QWorker::VERSION);
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump(str_contains($info, 'qworker support => enabled'));
var_dump(preg_match('/Version => ' . preg_quote(QWorker::VERSION) . '/', $info) === 1);
var_dump(preg_match('/hiredis version => \d+\.\d+\.\d+/', $info) === 1);
var_dump(preg_match('/^hiredis version => ' . preg_quote(QWorker::HIREDIS_VERSION) . '$/m', $info) === 1);

foreach (['QWorker\ConnectionException', 'QWorker\RedisException', 'QWorker\InvalidPayloadException',
          'QWorker\MaxAttemptsExceededException', 'QWorker\ManuallyFailedException'] as $c) {
    echo $c, ' extends ', get_parent_class($c), "\n";
}
echo 'QWorker\Exception extends ', get_parent_class('QWorker\Exception'), "\n";
var_dump((new ReflectionClass('QWorker'))->isFinal(), (new ReflectionClass('QWorker\Job'))->isFinal());
try {
    new QWorker\Job();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    (new ReflectionClass('QWorker\Job'))->newInstanceWithoutConstructor();
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
try {
    serialize((new ReflectionClass('QWorker'))->newInstanceWithoutConstructor());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
QWorker\ConnectionException extends QWorker\Exception
QWorker\RedisException extends QWorker\Exception
QWorker\InvalidPayloadException extends QWorker\Exception
QWorker\MaxAttemptsExceededException extends QWorker\Exception
QWorker\ManuallyFailedException extends QWorker\Exception
QWorker\Exception extends RuntimeException
bool(true)
bool(true)
Call to private QWorker\Job::__construct() from global scope
Class QWorker\Job is an internal class marked as final that cannot be instantiated without invoking its constructor
ReflectionException: Class QWorker is an internal class marked as final that cannot be instantiated without invoking its constructor
