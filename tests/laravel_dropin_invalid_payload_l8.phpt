--TEST--
Laravel 8.83 (Debian) drop-in, payloads that are no job (not JSON, a JSON array, a number, an object without a "job" string) between two valid jobs: qworker:work fails each into failed_jobs (listed by queue:failed, reported) and goes on, where queue:work loses them
--SKIPIF--
<?php require __DIR__ . '/laravel/scenarios.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/scenarios.inc';
qw_dropin_run('8', 'invalid_payload');
?>
--EXPECT--
same outcome but for the differences meant
queue:work tally (all five lost):
  after the runs: 7 pushed, 2 ran, 0 failed, 0 queued, 5 lost
queue:work failed_jobs (no row):
queue:work reported (nothing for the three its pop script drops; for the other two, an "Undefined array key" of its own):
  ErrorException: Undefined array key "job"
  ErrorException: Undefined array key "uuid"
queue:work events (no JobFailed; nothing at all for the three its pop script drops):
  JobQueued
  JobQueued
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  WorkerStopping status=0
  WorkerStopping status=0
  WorkerStopping status=0
  JobProcessing job=5 attempts=1
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  WorkerStopping status=0
queue:work redis (the notify entries of the three its pop script drops are left):
  db0 queues:default:notify: list [1 bytes, 1 bytes, 1 bytes]
queue:work console (no failure printed but for the last; queue:failed lists none):
  Processing: App\Jobs\Noop Processed: App\Jobs\Noop


  Processing: 5 Failed: 5 Processing: App\Jobs\Noop Processed: App\Jobs\Noop
  No failed jobs!
exit:
  0
  0
  0
  0
  0
effects:
  before: ran attempt 1
  after: ran attempt 1
tally:
  after the runs: 7 pushed, 2 ran, 5 failed, 0 queued, 0 lost
failed_jobs:
  redis/default ? attempts=-1: QWorker\InvalidPayloadException: the job payload is not a JSON object
  redis/default ? attempts=-1: QWorker\InvalidPayloadException: the job payload has no "job" string
  redis/default ? attempts=-1: QWorker\InvalidPayloadException: the job payload is not a JSON object
  redis/default ? attempts=0: QWorker\InvalidPayloadException: the job payload has no "job" string
  redis/default ? attempts=0: QWorker\InvalidPayloadException: the job payload has no "job" string
reported:
  QWorker\InvalidPayloadException: the job payload is not a JSON object
  QWorker\InvalidPayloadException: the job payload has no "job" string
  QWorker\InvalidPayloadException: the job payload is not a JSON object
  QWorker\InvalidPayloadException: the job payload has no "job" string
  QWorker\InvalidPayloadException: the job payload has no "job" string
events:
  JobQueued
  JobQueued
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  JobProcessing job=(invalid payload) attempts=1
  JobFailed job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobExceptionOccurred job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobProcessing job=(invalid payload) attempts=1
  JobFailed job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobExceptionOccurred job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobProcessing job=(invalid payload) attempts=1
  JobFailed job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobExceptionOccurred job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobProcessing job=(invalid payload) attempts=1
  JobFailed job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobExceptionOccurred job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobProcessing job=(invalid payload) attempts=1
  JobFailed job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobExceptionOccurred job=(invalid payload) attempts=1 exception=QWorker\InvalidPayloadException
  JobProcessing job=App\Jobs\Noop attempts=1
  JobProcessed job=App\Jobs\Noop attempts=1
  WorkerStopping status=0
  WorkerStopping status=0
  WorkerStopping status=0
  WorkerStopping status=0
redis:
console:
  Processing: App\Jobs\Noop Processed: App\Jobs\Noop Processing: (invalid payload) Failed: (invalid payload) Processing: (invalid payload) Failed: (invalid payload) Processing: (invalid payload) Failed: (invalid payload) Processing: (invalid payload) Failed: (invalid payload) Processing: (invalid payload) Failed: (invalid payload) Processing: App\Jobs\Noop Processed: App\Jobs\Noop



  +--------------------------------------+------------+---------+-------+---------------------+ | ID | Connection | Queue | Class | Failed At | +--------------------------------------+------------+---------+-------+---------------------+ | <uuid> | redis | default | 5 | | | <uuid> | redis | default | | | | <uuid> | redis | default | | | | <uuid> | redis | default | | | | <uuid> | redis | default | | | +--------------------------------------+------------+---------+-------+---------------------+