--TEST--
Attempts Redis cannot count never mean endless retries: attempts beyond the integer range saturate at PHP_INT_MAX (so the job fails as attempted too many times), and a payload whose reserved copy Redis' cjson cannot encode (a number it reads as infinite) is failed at once with the reason, never run with no attempt counted
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';

class CountJob
{
    public function fire($job, $data)
    {
        qw_log('ran, attempts() ' . var_export($job->attempts(), true));
        $job->delete();
    }
}

$w = qw_test_worker();
qw_observe($w);
$cases = [
    'attempts 1e300, tries 3' => ['{"uuid":"a","job":"CountJob@fire","data":1,"attempts":1e300}', 3],
    'attempts 1e400, tries 3' => ['{"uuid":"b","job":"CountJob@fire","data":1,"attempts":1e400}', 3],
    'attempts PHP_INT_MAX, tries 3' => ['{"uuid":"c","job":"CountJob@fire","data":1,"attempts":' . PHP_INT_MAX . '}', 3],
    'attempts "1e300", tries 3' => ['{"uuid":"d","job":"CountJob@fire","data":1,"attempts":"1e300"}', 3],
    'attempts 1e300, tries 0 (unlimited)' => ['{"uuid":"e","job":"CountJob@fire","data":1,"attempts":1e300}', 0],
    'data 1e400, attempts last (counted in place)' => ['{"uuid":"f","job":"CountJob@fire","data":1e400,"attempts":0}', 3],
    'data 1e400, attempts first (cjson cannot encode it)' => ['{"attempts":0,"uuid":"g","job":"CountJob@fire","data":1e400}', 3],
    'data -1e400, no attempts, tries 0' => ['{"uuid":"h","job":"CountJob@fire","data":-1e400}', 0],
];
foreach ($cases as $case => [$raw, $tries]) {
    echo "-- $case\n";
    $w->pushRaw($raw);
    $job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => $tries]);
    printf("attempts() %s, deleted %d released %d failed %d\n", var_export($job->attempts(), true), $job->isDeleted(), $job->isReleased(), $job->hasFailed());
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- attempts 1e300, tries 3
failer redis default QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out.
attempts() 9223372036854775807, deleted 1 released 0 failed 1
-- attempts 1e400, tries 3
failer redis default QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out.
attempts() 9223372036854775807, deleted 1 released 0 failed 1
-- attempts PHP_INT_MAX, tries 3
failer redis default QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out.
attempts() 9223372036854775807, deleted 1 released 0 failed 1
-- attempts "1e300", tries 3
failer redis default QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out. (raw body)
report QWorker\MaxAttemptsExceededException: CountJob@fire has been attempted too many times or run too long. The job may have previously timed out.
attempts() 9223372036854775807, deleted 1 released 0 failed 1
-- attempts 1e300, tries 0 (unlimited)
ran, attempts() 9223372036854775807
attempts() 9223372036854775807, deleted 1 released 0 failed 0
-- data 1e400, attempts last (counted in place)
ran, attempts() 1
attempts() 1, deleted 1 released 0 failed 0
-- data 1e400, attempts first (cjson cannot encode it)
failer redis default QWorker\InvalidPayloadException: Redis could not count this attempt: its cjson cannot encode the payload (a number beyond its range?); failed rather than run with no attempt counted (raw body)
report QWorker\InvalidPayloadException: Redis could not count this attempt: its cjson cannot encode the payload (a number beyond its range?); failed rather than run with no attempt counted
attempts() 1, deleted 1 released 0 failed 1
-- data -1e400, no attempts, tries 0
failer redis default QWorker\InvalidPayloadException: Redis could not count this attempt: its cjson cannot encode the payload (a number beyond its range?); failed rather than run with no attempt counted (raw body)
report QWorker\InvalidPayloadException: Redis could not count this attempt: its cjson cannot encode the payload (a number beyond its range?); failed rather than run with no attempt counted
attempts() 1, deleted 1 released 0 failed 1
array(0) {
}