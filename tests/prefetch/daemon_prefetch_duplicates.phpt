--TEST--
Prefetch: byte-identical payloads would share one :reserved member, so one pop never reserves two of them; each copy still runs once and nothing is left reserved or queued
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

final class SameJob
{
    public static array $ran = [];

    public function fire(QWorker\Job $job, $data)
    {
        $r = new QwTestRedis();
        /* A start is written without waiting for its reply: give Redis a moment to run it, and the acknowledgement before it. */
        usleep(50000);
        self::$ran[] = $data['n'] . ' (reserved ' . $r->key('ZCARD', 'queues:default:reserved') . ')';
        $job->delete();
    }
}

$w = qw_test_worker();
$same = json_encode(['uuid' => 'u', 'job' => 'SameJob@fire', 'data' => ['n' => 'same'], 'id' => 'x', 'attempts' => 0]);
$w->pushRaw($same);
$w->pushRaw($same);
$w->pushRaw(json_encode(['uuid' => 'v', 'job' => 'SameJob@fire', 'data' => ['n' => 'other'], 'id' => 'y', 'attempts' => 0]));
$w->pushRaw($same);
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 8, 'stop_when_empty' => true]);
echo implode("\n", SameJob::$ran), "\n";
var_dump(qw_test_keys());
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
same (reserved 1)
same (reserved 2)
other (reserved 1)
same (reserved 1)
array(0) {
}
