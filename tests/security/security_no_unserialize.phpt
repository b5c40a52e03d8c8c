--TEST--
qworker never unserializes payload data: PHP-serialized objects (of a class with __wakeup/__destruct side effects) in data, data.command, the payload's other fields, the job name, and the restart signal (redis and file stores) reach the job, its failed(), the failer and the hooks as the very strings, no object is created and no class but the handler's is looked up; only a job class that calls unserialize() itself wakes the object
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();

$events = [];
function ev(string $line): void { $GLOBALS['events'][] = $line; }
/* Every class name PHP is asked to load. */
spl_autoload_register(function (string $class) { ev("autoload $class"); });

class Evil
{
    public $tag;

    public function __wakeup() { ev("Evil::__wakeup {$this->tag}"); }

    public function __destruct() { ev("Evil::__destruct {$this->tag}"); }
}
/* A serialized Evil, written by hand: serialize(new Evil) would run __destruct here. */
function evil(string $tag): string
{
    return 'O:4:"Evil":1:{s:3:"tag";s:' . strlen($tag) . ':"' . $tag . '";}';
}
function same(string $what, $got, string $tag): string
{
    return "$what " . ($got === evil($tag) ? 'is the serialized string' : 'CHANGED: ' . var_export($got, true));
}

class SafeJob
{
    public function handle(QWorker\Job $job, $data)
    {
        $got = is_array($data) ? $data['command'] : $data;
        $tag = is_array($data) ? 'data.command' : 'data';
        echo 'SafeJob: ', same($tag, $got, $tag), ', ', same("payload()[data]", is_array($data) ? $job->payload()['data']['command'] : $job->payload()['data'], $tag),
            ', raw body has it: ', str_contains($job->getRawBody(), json_encode(evil($tag))) ? 'yes' : 'no', "\n";
        if ($tag === 'data' && isset($job->payload()['displayName'])) {
            echo '  ', same('displayName', $job->payload()['displayName'], 'displayName'), ', ', same('uuid()', $job->uuid(), 'uuid'), "\n";
        }
        $job->delete();
    }
}
class FailingJob
{
    public function handle(QWorker\Job $job, $data)
    {
        throw new RuntimeException('fail');
    }

    public function failed($data, Throwable $e, string $uuid)
    {
        echo 'FailingJob::failed(): ', same('data.command', $data['command'], 'data.command'), "\n";
    }
}
/* The control: a job class that unserializes its data itself, as Laravel's CallQueuedHandler does. */
class UnserializingJob
{
    public function handle(QWorker\Job $job, $data)
    {
        $command = unserialize($data['command']);
        echo 'UnserializingJob: got ', get_class($command), "\n";
        unset($command);
        $job->delete();
    }
}

$w = qw_test_worker();
$r = new QwTestRedis();
$w->setFailer(function ($connection, $queue, string $payload, Throwable $e, QWorker\Job $job) {
    echo 'failer: ', get_class($e), ', ', same('payload data.command', json_decode($payload, true)['data']['command'] ?? null, 'data.command'), "\n";
});
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) { echo 'report ', get_class($e), ': ', $e->getMessage(), "\n"; });
$w->on('before', function ($connection, QWorker\Job $job) {
    $data = $job->payload()['data'] ?? null;
    echo 'hook before ', $job->resolveName(), ': data is ', get_debug_type(is_array($data) ? ($data['command'] ?? null) : $data), "\n";
});

$w->push('SafeJob@handle', ['commandName' => 'Evil', 'command' => evil('data.command')]);
$w->pushRaw(json_encode(['uuid' => evil('uuid'), 'displayName' => evil('displayName'), 'job' => 'SafeJob@handle',
    'maxTries' => null, 'maxExceptions' => null, 'backoff' => null, 'timeout' => null, 'data' => evil('data'), 'id' => 'x', 'attempts' => 0]));
$w->pushRaw(json_encode(['uuid' => 'u-job', 'job' => evil('job'), 'data' => ['command' => evil('data.command')], 'id' => 'y', 'attempts' => 0]));
$w->push('FailingJob@handle', ['command' => evil('data.command')]);

/* The restart signal holds serialized objects too: redis store, then file store; each run stops when it changes. */
$restart_key = qw_test_prefix() . 'c:illuminate:queue:restart';
$r->cmd('SET', $restart_key, evil('restart redis 1'));
$w->setCache(['driver' => 'redis', 'host' => qw_test_host(), 'port' => qw_test_port(), 'prefix' => qw_test_prefix(), 'cache_prefix' => 'c']);
$w->on('stopping', function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$w->on('idle', function () use ($r, $restart_key) { $r->cmd('SET', $restart_key, evil('restart redis 2')); });
$status = $w->daemon('redis', null, ['sleep' => 0.1, 'max_time' => 5]);
echo "daemon returned $status\n";

$dir = sys_get_temp_dir() . '/qwt-security_no_unserialize-' . md5(__DIR__);
$file = $dir . '/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90';
@mkdir(dirname($file), 0777, true);
file_put_contents($file, '9999999999' . evil('restart file 1'));
$w->setCache(['driver' => 'file', 'path' => $dir]);
$w->on('idle', function () use ($file) { file_put_contents($file, '9999999999' . evil('restart file 2')); });
$status = $w->daemon('redis', null, ['sleep' => 0.1, 'max_time' => 5]);
echo "daemon returned $status\n";
$w->on('idle', null);
$w->on('stopping', null);

echo "-- so far:\n", $events ? implode("\n", $events) : 'no autoload, no __wakeup, no __destruct', "\n";
$events = [];

$w->push('UnserializingJob@handle', ['command' => evil('control')]);
$w->runNextJob('redis', null, ['sleep' => 0]);
echo "-- the control:\n", implode("\n", $events), "\n";

echo 'size: ', $w->size(), "\n";
unlink($file);
@rmdir(dirname($file));
@rmdir(dirname($file, 2));
@rmdir($dir);
qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
$dir = sys_get_temp_dir() . '/qwt-security_no_unserialize-' . md5(__DIR__);
@unlink("$dir/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90");
@rmdir("$dir/ee/2f");
@rmdir("$dir/ee");
@rmdir($dir);
?>
--EXPECT--
hook before SafeJob: data is string
SafeJob: data.command is the serialized string, payload()[data] is the serialized string, raw body has it: yes
hook before O:4:"Evil":1:{s:3:"tag";s:11:"displayName";}: data is string
SafeJob: data is the serialized string, payload()[data] is the serialized string, raw body has it: yes
  displayName is the serialized string, uuid() is the serialized string
hook before O:4:"Evil":1:{s:3:"tag";s:3:"job";}: data is string
failer: QWorker\InvalidPayloadException, payload data.command is the serialized string
report QWorker\InvalidPayloadException: job class "O:4:"Evil":1:{s:3:"tag";s:3:"job";}" not found
hook before FailingJob: data is string
FailingJob::failed(): data.command is the serialized string
failer: RuntimeException, payload data.command is the serialized string
report RuntimeException: fail
stopping 0 received_restart_signal
daemon returned 0
stopping 0 received_restart_signal
daemon returned 0
-- so far:
no autoload, no __wakeup, no __destruct
hook before UnserializingJob: data is string
UnserializingJob: got Evil
-- the control:
Evil::__wakeup control
Evil::__destruct control
size: 0
