--TEST--
Minimal Redis ACL (Redis 7, default user disabled): a user with only the 18 commands and 3 key patterns of the README runs push/later, daemon() with prefetch 1 and 4 (release with backoff, fail after tries, maxExceptions counted with a TTL, give-back, renewal), the restart signal (read via setCache, written by QWorker::restart), runNextJob, size and clear; it uses every one of them, Redis denies nothing, and it cannot reach other keys or commands (not even through EVAL); the read-only variant for workers reads the signal but cannot write it
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

const QW_PASS = 'qworker pass';
const ADMIN_PASS = 'admin pass';
const PFX = 'laravel_database_';                     /* database.redis.options.prefix */
const RESTART_KEY = PFX . 'laravel_cache:illuminate:queue:restart';

/* The README's minimal ACL for this prefix, cache prefix "laravel_cache" and separator ":". */
const QW_ACL = ['~' . PFX . 'queues:*', '~' . PFX . 'job-exceptions:*', '~' . RESTART_KEY, 'resetchannels', '-@all',
    '+evalsha', '+eval', '+rpush', '+lpush', '+lpop', '+llen', '+blpop', '+zadd', '+zrem', '+zcard',
    '+zrangebyscore', '+zremrangebyrank', '+incr', '+expire', '+del', '+get', '+set', '+select'];

/*
 * Redis 8 words ACL refusals otherwise than Redis 7 (it names the user, and
 * the command refused in a script): its texts are put in Redis 7's words, so
 * that one expectation holds for both. Only these exact forms are rewritten.
 */
function redis7_words(string $s): string
{
    return preg_replace([
        "/NOPERM User qworker(-ro)? has no permissions to run the '([^']+)' command/",
        '/NOPERM No permissions to access a key/',
        "/ERR ACL failure in script: User qworker has no permissions to run the '[^']+' command script:/",
    ], [
        "NOPERM this user has no permissions to run the '\\2' command",
        'NOPERM this user has no permissions to access one of the keys used as arguments',
        "ERR The user executing the script can't run this command or subcommand script:",
    ], $s);
}
ob_start('redis7_words');

$srv = new QwbServer('security_acl_minimal');
$srv->start();
$port = $srv->port;
function admin(): QwTestRedis
{
    global $srv;
    $r = $srv->redis();
    $r->cmd('AUTH', 'qwt-admin', ADMIN_PASS);
    return $r;
}
$r = $srv->redis();
$r->cmd('ACL', 'SETUSER', 'qwt-admin', 'on', '>' . ADMIN_PASS, '~*', '&*', '+@all');
$r->cmd('AUTH', 'qwt-admin', ADMIN_PASS);
$r->cmd('ACL', 'SETUSER', 'default', 'off');
echo 'ACL SETUSER qworker reset on >*** ', implode(' ', QW_ACL), ': ', $r->cmd('ACL', 'SETUSER', 'qworker', 'reset', 'on', '>' . QW_PASS, ...QW_ACL), "\n";
$admin = admin();

/* The default user is off: without AUTH nothing works. */
try {
    (new QWorker(['port' => $port, 'prefix' => PFX]))->push('AclOkJob@handle');
} catch (QWorker\Exception $e) {
    echo 'no credentials: ', get_class($e), ': ', $e->getMessage(), "\n";
}

/* What the user cannot do: other keys, other commands, and nothing more through a script. */
$as = $srv->redis();
$as->cmd('AUTH', 'qworker', QW_PASS);
foreach ([['KEYS', '*'], ['GET', PFX . 'other'], ['SET', PFX . 'queues', 'x'], ['FLUSHALL'], ['CONFIG', 'GET', '*'], ['SCRIPT', 'FLUSH'],
    ['EVAL', "return redis.call('get', KEYS[1])", '1', PFX . 'other'],
    ['EVAL', "return redis.call('flushall')", '0'], ['EVAL', "return redis.call('hset', KEYS[1], 'a', 'b')", '1', PFX . 'queues:x']] as $cmd) {
    try {
        echo 'as qworker: ', implode(' ', $cmd), ': ', var_export($as->cmd(...$cmd), true), "\n";
    } catch (RuntimeException $e) {
        echo preg_replace('/script: [0-9a-f]{40}/', 'script: SHA', $e->getMessage()), "\n";
    }
}

$admin->cmd('CONFIG', 'RESETSTAT');
$admin->cmd('ACL', 'LOG', 'RESET');

/* The worker as a Laravel app configures it: queue in database 0, cache (restart signal) in database 1. */
$settings = ['port' => $port, 'username' => 'qworker', 'password' => QW_PASS, 'prefix' => PFX, 'block_for' => 1, 'retry_after' => 30];
$store = ['driver' => 'redis', 'port' => $port, 'username' => 'qworker', 'password' => QW_PASS, 'database' => 1,
    'prefix' => PFX, 'cache_prefix' => 'laravel_cache'];

$log = [];
function lg(string $line): void { $GLOBALS['log'][] = $line; }
function flush_log(bool $sort): void
{
    if ($sort) {
        sort($GLOBALS['log']);
    }
    echo '  ', implode("\n  ", $GLOBALS['log']), "\n";
    $GLOBALS['log'] = [];
}
class AclOkJob
{
    public function handle(QWorker\Job $job, $data)
    {
        lg("ok {$data['n']} attempt {$job->attempts()}");
        if (!empty($data['next_second'])) {
            for ($t = time(); time() === $t; usleep(10000));
        }
        $job->delete();
    }
}
class AclRetryJob
{
    public function handle(QWorker\Job $job, $data)
    {
        lg("retry attempt {$job->attempts()}");
        if ($job->attempts() < 2) {
            throw new RuntimeException('retry me');
        }
        $job->delete();
    }
}
class AclFailJob
{
    public function handle(QWorker\Job $job, $data)
    {
        lg("fail attempt {$job->attempts()}");
        throw new RuntimeException('fail me');
    }

    public function failed($data, Throwable $e, string $uuid) { lg('AclFailJob::failed ' . $e->getMessage()); }
}
class AclMaxExJob
{
    public function handle(QWorker\Job $job, $data)
    {
        lg("maxex attempt {$job->attempts()}");
        throw new RuntimeException('maxex');
    }

    public function failed($data, Throwable $e, string $uuid) { lg('AclMaxExJob::failed ' . get_class($e)); }
}

$w = new QWorker($settings);
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) { lg('report ' . get_class($e) . ': ' . $e->getMessage()); });
$w->setFailer(function ($connection, $queue, $payload, Throwable $e, QWorker\Job $job) { lg('failer ' . $job->resolveName()); });
echo 'clear: ', $w->clear(), "\n";
$w->push('AclOkJob@handle', ['n' => 0]);
$w->push('AclRetryJob@handle', [], null, ['maxTries' => 3, 'backoff' => 1]);
$w->push('AclFailJob@handle', [], null, ['maxTries' => 2]);
$w->push('AclMaxExJob@handle', [], null, ['maxTries' => 5, 'maxExceptions' => 2]);
$w->later(1, 'AclOkJob@handle', ['n' => 'later']);
echo 'size: ', $w->size(), "\n";
$w->on('attempted', function ($connection, QWorker\Job $job) use ($admin) {
    if ($job->resolveName() === 'AclMaxExJob' && $job->attempts() === 1) {
        $ttl = $admin->cmd('TTL', PFX . 'job-exceptions:' . $job->uuid());
        lg('job-exceptions:UUID after the first exception: ttl ' . ($ttl > 86000 && $ttl <= 86400 ? '~86400' : $ttl));
    }
});
echo 'daemon prefetch 1: ', $w->daemon('redis', null, ['max_jobs' => 8, 'max_time' => 10]), "\n";
flush_log(true);
$w->on('attempted', null);
echo 'size: ', $w->size(), ', keys left: ', json_encode($admin->cmd('KEYS', '*')), "\n";

$w->setCache($store);
for ($i = 1; $i <= 6; $i++) {
    $w->push('AclOkJob@handle', ['n' => $i, 'next_second' => $i === 3]);
}
$pass = 0;
$w->on('looping', function () use (&$pass, $admin) {
    /* before: job 1 (its ZREM deferred) and the 3 reserved ahead; after: those 3 given back */
    if (++$pass === 2 || $pass === 3) {
        lg(($pass === 2 ? 'before the skipped pass' : 'after the skipped pass') . ': ready ' . count($admin->cmd('LRANGE', PFX . 'queues:default', '0', '-1'))
            . ', reserved ' . count($admin->cmd('ZRANGE', PFX . 'queues:default:reserved', '0', '-1')));
    }
    return $pass === 2 ? false : null;
});
$w->on('after', function ($connection, QWorker\Job $job) use ($store) {
    if ($job->payload()['data']['n'] === 6) {
        lg('QWorker::restart() wrote ' . (QWorker::restart($store) >= time() - 1 ? 'the time' : '?'));
    }
});
$w->on('stopping', function (int $status, string $reason) { lg("stopping $status $reason"); });
echo 'daemon prefetch 4: ', $w->daemon('redis', null, ['prefetch' => 4, 'sleep' => 0.1, 'max_time' => 10]), "\n";
flush_log(false);
foreach (['looping', 'after', 'stopping'] as $event) {
    $w->on($event, null);
}

echo 'runNextJob on an empty queue: ', var_export($w->runNextJob('redis', null, ['sleep' => 0]), true), "\n";
$w->push('AclOkJob@handle', ['n' => 7]);
echo 'runNextJob: ', $w->runNextJob('redis', null, ['sleep' => 0])->isDeleted() ? 'deleted' : '?', "\n";
flush_log(false);
$w->pushRaw('{"job":"AclOkJob@handle","data":{"n":8}}');
echo 'clear: ', $w->clear(), ', size: ', $w->size(), "\n";

/* Redis' view: nothing denied, and every command of the ACL was used (AUTH is always allowed). */
echo 'ACL LOG entries: ', count($admin->cmd('ACL', 'LOG')), "\n";
$used = $shown = [];
preg_match_all('/^cmdstat_([a-z|]+):calls=(\d+),.*rejected_calls=(\d+),failed_calls=(\d+)/m', $admin->cmd('INFO', 'commandstats'), $m, PREG_SET_ORDER);
foreach ($m as [, $cmd, $calls, $rejected, $failed]) {
    if (!preg_match('/^(acl|config|info|ttl|lrange|zrange|keys)(\||$)/', $cmd)) {
        $used[] = $cmd;
        /* evalsha: the NOSCRIPT reply of each script's first run (then loaded by EVAL) */
        $shown[] = $cmd . ($rejected + $failed ? " ($rejected rejected, $failed failed)" : '');
    }
}
sort($shown);
echo 'commands used: ', implode(' ', $shown), "\n";
$granted = array_map(fn ($c) => substr($c, 1), array_filter(QW_ACL, fn ($c) => $c[0] === '+'));
sort($granted);
echo 'granted and never used: ', json_encode(array_values(array_diff($granted, $used))), "\n";

/* The read-only variant for workers: no SET, the restart key read-only (%R~, Redis 7). */
$ro = array_merge(array_diff(QW_ACL, ['+set', '~' . RESTART_KEY]), ['%R~' . RESTART_KEY]);
$admin->cmd('ACL', 'SETUSER', 'qworker-ro', 'reset', 'on', '>' . QW_PASS, ...$ro);
$ro_store = ['username' => 'qworker-ro'] + $store;
try {
    QWorker::restart($ro_store);
} catch (QWorker\Exception $e) {
    echo 'read-only user, QWorker::restart(): ', get_class($e), ': ', $e->getMessage(), "\n";
}
$w = new QWorker(['username' => 'qworker-ro'] + $settings);
$w->setCache($ro_store);
$w->setExceptionHandler(function (Throwable $e) { echo 'report ', get_class($e), ': ', $e->getMessage(), "\n"; });
$w->on('idle', function () use ($store) {
    static $done = false;
    if (!$done) {
        $done = true;
        QWorker::restart($store); /* the deploy step, as the full user */
    }
});
$w->on('stopping', function (int $status, string $reason) { echo "read-only user, daemon: stopping $status $reason\n"; });
$w->daemon('redis', null, ['sleep' => 0.2, 'max_time' => 5]);

$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('security_acl_minimal');
?>
--EXPECT--
ACL SETUSER qworker reset on >*** ~laravel_database_queues:* ~laravel_database_job-exceptions:* ~laravel_database_laravel_cache:illuminate:queue:restart resetchannels -@all +evalsha +eval +rpush +lpush +lpop +llen +blpop +zadd +zrem +zcard +zrangebyscore +zremrangebyrank +incr +expire +del +get +set +select: OK
no credentials: QWorker\RedisException: Redis refused the push script: NOAUTH Authentication required.
as qworker: KEYS *: NOPERM this user has no permissions to run the 'keys' command
as qworker: GET laravel_database_other: NOPERM this user has no permissions to access one of the keys used as arguments
as qworker: SET laravel_database_queues x: NOPERM this user has no permissions to access one of the keys used as arguments
as qworker: FLUSHALL: NOPERM this user has no permissions to run the 'flushall' command
as qworker: CONFIG GET *: NOPERM this user has no permissions to run the 'config|get' command
as qworker: SCRIPT FLUSH: NOPERM this user has no permissions to run the 'script|flush' command
as qworker: EVAL return redis.call('get', KEYS[1]) 1 laravel_database_other: NOPERM this user has no permissions to access one of the keys used as arguments
as qworker: EVAL return redis.call('flushall') 0: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:1.
as qworker: EVAL return redis.call('hset', KEYS[1], 'a', 'b') 1 laravel_database_queues:x: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:1.
clear: 0
size: 5
daemon prefetch 1: 0
  AclFailJob::failed fail me
  AclMaxExJob::failed RuntimeException
  fail attempt 1
  fail attempt 2
  failer AclFailJob
  failer AclMaxExJob
  job-exceptions:UUID after the first exception: ttl ~86400
  maxex attempt 1
  maxex attempt 2
  ok 0 attempt 1
  ok later attempt 1
  report RuntimeException: fail me
  report RuntimeException: fail me
  report RuntimeException: maxex
  report RuntimeException: maxex
  report RuntimeException: retry me
  retry attempt 1
  retry attempt 2
size: 0, keys left: []
daemon prefetch 4: 0
  ok 1 attempt 1
  before the skipped pass: ready 2, reserved 4
  after the skipped pass: ready 5, reserved 0
  ok 2 attempt 1
  ok 3 attempt 1
  ok 4 attempt 1
  ok 5 attempt 1
  ok 6 attempt 1
  QWorker::restart() wrote the time
  stopping 0 received_restart_signal
runNextJob on an empty queue: NULL
runNextJob: deleted
  ok 7 attempt 1
clear: 1, size: 0
ACL LOG entries: 0
commands used: auth blpop del eval evalsha (0 rejected, 6 failed) expire get incr llen lpop lpush rpush select set zadd zcard zrangebyscore zrem zremrangebyrank
granted and never used: []
read-only user, QWorker::restart(): QWorker\RedisException: SET of the restart signal failed: NOPERM this user has no permissions to run the 'set' command
read-only user, daemon: stopping 0 received_restart_signal
