--TEST--
Hook arguments added for Laravel 13: after gets the job's run time in ms as a float rounded to 2 places (a 300 ms job: about 300), attempted the first exception of the attempt (the very object the exception hook got, else null) and the run time (null when the job was failed without running), released_after_exception the exception after the delay
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class NapJob
{
    public function fire(QWorker\Job $job, $data)
    {
        usleep($data * 1000);
        $job->delete();
    }
}

$w = qw_test_worker();
$seen = [];
$w->setExceptionHandler(function () {
});
$w->on('after', function ($c, QWorker\Job $job, $duration) use (&$seen) {
    $seen['after'] = $duration;
});
$w->on('exception', function ($c, QWorker\Job $job, Throwable $e) use (&$seen) {
    $seen['exception'] = $e;
});
$w->on('released_after_exception', function ($c, QWorker\Job $job, int $delay, Throwable $e) use (&$seen) {
    $seen['released'] = [$delay, $e];
});
$w->on('attempted', function ($c, QWorker\Job $job, bool $occurred, ?Throwable $e, ?float $duration) use (&$seen) {
    $seen['attempted'] = [$occurred, $e, $duration];
});
$rounded = fn (float $f) => round($f, 2) === $f;

echo "-- a 300 ms job\n";
$w->push('NapJob', 300);
$w->runNextJob('conn', null, ['sleep' => 0]);
ok('after: a float', is_float($seen['after']), $seen['after']);
ok('after: about 300 ms', $seen['after'] >= 299 && $seen['after'] < 600, $seen['after']);
ok('after: 2 decimals at most', $rounded($seen['after']), $seen['after']);
ok('attempted: no exception', $seen['attempted'][0] === false && $seen['attempted'][1] === null, $seen['attempted']);
ok('attempted: the same duration', $seen['attempted'][2] === $seen['after'], $seen['attempted']);

echo "-- a throwing job, released\n";
$seen = [];
$w->push('ThrowingJob', 1);
$w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 3, 'backoff' => 7]);
ok('no after hook', !isset($seen['after']));
ok('released_after_exception: the delay', $seen['released'][0] === 7, $seen['released'][0]);
ok('released_after_exception: the exception hook\'s exception', $seen['released'][1] === $seen['exception']);
ok('attempted: the same exception', $seen['attempted'][0] === true && $seen['attempted'][1] === $seen['exception']);
ok('attempted: a duration for the run that threw', is_float($seen['attempted'][2]) && $seen['attempted'][2] >= 0 && $seen['attempted'][2] < 200, $seen['attempted'][2]);
$w->clear();

echo "-- past its tries: failed without running\n";
$seen = [];
$w->pushRaw(json_encode(['uuid' => '5f0e2d3c-1b2a-4d9e-8f7a-6b5c4d3e2f1a', 'displayName' => 'OkJob', 'job' => 'OkJob',
    'maxTries' => null, 'maxExceptions' => null, 'failOnTimeout' => false, 'backoff' => null, 'timeout' => null,
    'data' => 4, 'id' => 'past-tries', 'attempts' => 3]));
$w->runNextJob('conn', null, ['sleep' => 0, 'tries' => 3]);
ok('attempted: its MaxAttemptsExceededException', $seen['attempted'][1] instanceof QWorker\MaxAttemptsExceededException && $seen['attempted'][1] === $seen['exception']);
ok('attempted: null duration', $seen['attempted'][2] === null, $seen['attempted'][2]);

echo "-- daemon()\n";
$seen = [];
$w->push('NapJob', 50);
$w->daemon('conn', null, ['sleep' => 0, 'max_jobs' => 1]);
ok('after: about 50 ms', $seen['after'] >= 49 && $seen['after'] < 300, $seen['after']);
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- a 300 ms job
ok - after: a float
ok - after: about 300 ms
ok - after: 2 decimals at most
ok - attempted: no exception
ok - attempted: the same duration
-- a throwing job, released
ThrowingJob::fire attempt 1
ok - no after hook
ok - released_after_exception: the delay
ok - released_after_exception: the exception hook's exception
ok - attempted: the same exception
ok - attempted: a duration for the run that threw
-- past its tries: failed without running
ok - attempted: its MaxAttemptsExceededException
ok - attempted: null duration
-- daemon()
ok - after: about 50 ms
