--TEST--
daemon() stop checks: SIGTERM received during a job wins over every other stop condition (0, "interrupted") once the job is finished
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!function_exists('posix_kill')) {
    die('skip posix extension not loaded');
}
?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

class TermJob
{
    public function fire(QWorker\Job $job, $data)
    {
        $GLOBALS['restart'] = 2;
        posix_kill(getmypid(), SIGTERM);
        usleep(100000);
        qw_log('TermJob finished after SIGTERM');
        $job->delete();
    }
}

$w = qw_test_worker();
qw_observe($w);
qwa_hooks($w, ['stopping']);
$GLOBALS['restart'] = 1;
$w->setCache(fn () => $GLOBALS['restart']);
$w->push('TermJob');
$w->push('OkJob');
var_dump($w->daemon('redis', null, ['sleep' => 0, 'memory' => 1, 'max_jobs' => 1, 'stop_when_empty' => true, 'max_time' => 1]));
echo $w->size(), " job still queued\n";
echo "the process lives on\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
TermJob finished after SIGTERM
stopping 0, 'interrupted'
int(0)
1 job still queued
the process lives on
