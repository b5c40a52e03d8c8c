--TEST--
QWorker\Job has every method of Laravel's Illuminate\Contracts\Queue\Job that a native job needs
--EXTENSIONS--
qworker
--FILE--
<?php
$contract = ['uuid', 'getJobId', 'payload', 'fire', 'release', 'isReleased', 'delete', 'isDeleted',
    'isDeletedOrReleased', 'attempts', 'hasFailed', 'markAsFailed', 'fail', 'maxTries', 'maxExceptions',
    'timeout', 'retryUntil', 'getName', 'resolveName', 'getConnectionName', 'getQueue', 'getRawBody',
    'shouldFailOnTimeout', 'backoff', 'getResolvedJob', 'getReservedJob'];
$class = new ReflectionClass('QWorker\Job');
foreach ($contract as $m) {
    if (!$class->hasMethod($m) || !$class->getMethod($m)->isPublic()) {
        echo "missing $m\n";
    }
}
echo $class->getMethod('release')->getParameters()[0], "\n";
echo $class->getMethod('fail')->getParameters()[0], "\n";
echo $class->getMethod('attempts')->getReturnType(), "\n";
echo (new ReflectionMethod('QWorker', 'runNextJob')), "\n";
?>
--EXPECT--
Parameter #0 [ <optional> int $delay = 0 ]
Parameter #0 [ <optional> ?Throwable $e = null ]
int
Method [ <internal:qworker> public method runNextJob ] {

  - Parameters [3] {
    Parameter #0 [ <optional> string $connection = "redis" ]
    Parameter #1 [ <optional> ?string $queue = null ]
    Parameter #2 [ <optional> array $options = [] ]
  }
  - Return [ ?QWorker\Job ]
}
