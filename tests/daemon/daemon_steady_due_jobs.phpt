--TEST--
Steady state: a job this worker releases with no delay is popped again at once (the next pop moves it, whatever second it is); a job another client makes due now is picked up within about a second
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

final class OnceMoreJob
{
    public static array $at = [];

    public function fire(QWorker\Job $job, $data)
    {
        self::$at[] = microtime(true);
        if ($job->attempts() === 1) {
            throw new RuntimeException('again');
        }
        $job->delete();
    }
}

final class StampJob
{
    public static ?float $ranAt = null;

    public function fire(QWorker\Job $job, $data)
    {
        self::$ranAt = microtime(true);
        $job->delete();
    }
}

$w = qw_test_worker();
$w->setExceptionHandler(fn () => null);
$w->push('OnceMoreJob', []);
/* Backoff 0: released into :delayed due now, after this second's move. */
$w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0, 'tries' => 2, 'backoff' => 0]);
printf("attempts: %d\n", count(OnceMoreJob::$at));
$gap = OnceMoreJob::$at[1] - OnceMoreJob::$at[0];
echo 'retried at once: ', $gap < 0.2 ? 'yes' : "no ($gap s)", "\n";

/* Another client puts a job due now into :delayed while the worker idles. */
$r = new QwTestRedis();
$addedAt = null;
$w->on('idle', function () use ($r, &$addedAt) {
    if ($addedAt === null) {
        $payload = json_encode(['uuid' => 'u-1', 'job' => 'StampJob', 'data' => [], 'attempts' => 0, 'id' => 'x1']);
        $r->cmd('ZADD', qw_test_prefix() . 'queues:default:delayed', (string) time(), $payload);
        $addedAt = microtime(true);
    }
});
$status = $w->daemon('redis', null, ['sleep' => 0.05, 'max_time' => 3]);
echo 'picked up: ', StampJob::$ranAt === null ? 'never' : (StampJob::$ranAt - $addedAt <= 1.2 ? 'within a second' : sprintf('after %.2f s', StampJob::$ranAt - $addedAt)), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
attempts: 2
retried at once: yes
picked up: within a second
array(0) {
}
