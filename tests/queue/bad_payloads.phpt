--TEST--
Payloads that cannot run are failed at once with a message naming the problem, handed raw to the failer, and the worker goes on
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';

abstract class AbstractJob { public function fire($job, $data) {} }
interface JobInterface {}
class NoFire { private function fire($job, $data) {} }

$w = qw_test_worker();
qw_observe($w);
$bad = [
    'not json {',
    '',
    '[1,2,3]',
    '"a string"',
    '{"data":1,"attempts":0}',
    '{"job":5,"attempts":0}',
    '{"job":"","attempts":0}',
    '{"job":"Missing\\\\Klass@handle","attempts":0}',
    '{"job":"OkJob@nope","attempts":0}',
    '{"job":"AbstractJob","attempts":0}',
    '{"job":"JobInterface","attempts":0}',
    '{"job":"NoFire","attempts":0}',
    "\xff\xfe binary \x00 payload",
];
foreach ($bad as $payload) {
    $w->pushRaw($payload);
}
$w->push('OkJob', 'still running');
$outcomes = 0;
while ($job = $w->runNextJob('redis', null, ['sleep' => 0, 'tries' => 3])) {
    $outcomes += $job->hasFailed() || $job->isDeleted();
}
echo "$outcomes outcomes for ", count($bad) + 1, " jobs\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
failer redis default QWorker\InvalidPayloadException: the job payload is not a JSON object (raw body)
report QWorker\InvalidPayloadException: the job payload is not a JSON object
failer redis default QWorker\InvalidPayloadException: the job payload is not a JSON object (raw body)
report QWorker\InvalidPayloadException: the job payload is not a JSON object
failer redis default QWorker\InvalidPayloadException: the job payload has no "job" string (raw body)
report QWorker\InvalidPayloadException: the job payload has no "job" string
failer redis default QWorker\InvalidPayloadException: the job payload is not a JSON object (raw body)
report QWorker\InvalidPayloadException: the job payload is not a JSON object
failer redis default QWorker\InvalidPayloadException: the job payload has no "job" string (raw body)
report QWorker\InvalidPayloadException: the job payload has no "job" string
failer redis default QWorker\InvalidPayloadException: the job payload has no "job" string (raw body)
report QWorker\InvalidPayloadException: the job payload has no "job" string
failer redis default QWorker\InvalidPayloadException: the job payload has no "job" string (raw body)
report QWorker\InvalidPayloadException: the job payload has no "job" string
failer redis default QWorker\InvalidPayloadException: job class "Missing\Klass" not found (raw body)
report QWorker\InvalidPayloadException: job class "Missing\Klass" not found
failer redis default QWorker\InvalidPayloadException: job method OkJob::nope() does not exist (raw body)
report QWorker\InvalidPayloadException: job method OkJob::nope() does not exist
failer redis default QWorker\InvalidPayloadException: job class "AbstractJob" cannot be instantiated (raw body)
report QWorker\InvalidPayloadException: job class "AbstractJob" cannot be instantiated
failer redis default QWorker\InvalidPayloadException: job class "JobInterface" cannot be instantiated (raw body)
report QWorker\InvalidPayloadException: job class "JobInterface" cannot be instantiated
failer redis default QWorker\InvalidPayloadException: job method NoFire::fire() does not exist (raw body)
report QWorker\InvalidPayloadException: job method NoFire::fire() does not exist
failer redis default QWorker\InvalidPayloadException: the job payload is not a JSON object (raw body)
report QWorker\InvalidPayloadException: the job payload is not a JSON object
OkJob::fire "still running" attempt 1
14 outcomes for 14 jobs
array(0) {
}
