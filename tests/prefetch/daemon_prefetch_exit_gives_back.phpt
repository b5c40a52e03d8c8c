--TEST--
Prefetch: a job that calls exit() ends the script as in PHP; the jobs reserved ahead go back to the queue before shutdown functions run, and the exiting job's own reservation is kept (it comes back after retry_after)
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

final class ExitJob
{
    public function fire(QWorker\Job $job, $data)
    {
        echo "job {$data['i']}\n";
        if ($data['i'] === 2) {
            exit(3);
        }
        $job->delete();
    }
}

register_shutdown_function(function () {
    $r = new QwTestRedis();
    $ready = array_map(fn ($raw) => json_decode($raw, true)['data']['i'], $r->key('LRANGE', 'queues:default', '0', '-1'));
    echo 'ready [', implode(' ', $ready), '], notify ', $r->key('LLEN', 'queues:default:notify'),
        ', reserved ', implode(' ', array_map(fn ($raw) => json_decode($raw, true)['data']['i'], $r->key('ZRANGE', 'queues:default:reserved', '0', '-1'))), "\n";
});

$w = qw_test_worker();
for ($i = 1; $i <= 6; $i++) {
    $w->push('ExitJob', ['i' => $i]);
}
$w->daemon('redis', null, ['sleep' => 0, 'prefetch' => 4]);
echo "not reached\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
job 1
job 2
ready [3 4 5 6], notify 4, reserved 2
