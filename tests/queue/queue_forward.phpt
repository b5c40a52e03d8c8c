--TEST--
Setting "forward" (Laravel 13's Queue::forward()): a forwarded queue's jobs are popped from and pushed to the keys of the queue it is forwarded to, while its jobs, hooks and pause keys keep the name the worker was given; other queues are untouched; bad maps throw a ValueError or TypeError
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/job_handlers.inc';
qw_test_cleanup();

final class ForwardedJob
{
    public function fire(QWorker\Job $job, $data)
    {
        echo "ran {$data} from queue ", $job->getQueue(), "\n";
        $job->delete();
    }
}

$w = qw_test_worker(['forward' => ['emails' => 'mail-v2']]);
$w->push('ForwardedJob', 'one', 'emails');
$w->push('ForwardedJob', 'two', 'other');
echo 'keys: ', implode(' ', qw_test_keys()), "\n";
$w->runNextJob('redis', 'emails', ['sleep' => 0]);
$w->runNextJob('redis', 'emails,other', ['sleep' => 0]);
echo 'size of emails: ', $w->size('emails'), ', of mail-v2 without forward: ', qw_test_worker()->size('mail-v2'), "\n";

foreach ([['emails' => ''], [0 => 'x'], ['a' => 1], 'emails'] as $bad) {
    try {
        qw_test_worker(['forward' => $bad]);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
keys: queues:mail-v2 queues:mail-v2:notify queues:other queues:other:notify
ran one from queue emails
ran two from queue other
size of emails: 0, of mail-v2 without forward: 0
ValueError: QWorker::__construct(): Argument #1 ($settings) key "forward" must map queue names to queue names
ValueError: QWorker::__construct(): Argument #1 ($settings) key "forward" must map queue names to queue names
ValueError: QWorker::__construct(): Argument #1 ($settings) key "forward" must map queue names to queue names
TypeError: QWorker::__construct(): Argument #1 ($settings) key "forward" must be of type array, string given
