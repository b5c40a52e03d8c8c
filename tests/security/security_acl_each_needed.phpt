--TEST--
Minimal Redis ACL, each part needed: a short worker run (clear, push, later, daemon with prefetch 3 and a skipped pass, a release, maxExceptions, the restart signal read and written, a blocking pop, size) as a user with the README's ACL minus one command or key pattern shows what breaks: every removal surfaces a Redis error (NOPERM, or "can't run this command" inside a script)
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
const PFX = 'laravel_database_';
const RESTART_KEY = PFX . 'laravel_cache:illuminate:queue:restart';
const QW_ACL = ['~' . PFX . 'queues:*', '~' . PFX . 'job-exceptions:*', '~' . RESTART_KEY,
    '+evalsha', '+eval', '+rpush', '+lpush', '+lpop', '+llen', '+blpop', '+zadd', '+zrem', '+zcard',
    '+zrangebyscore', '+zremrangebyrank', '+incr', '+expire', '+del', '+get', '+set', '+select'];

$srv = new QwbServer('security_acl_each_needed');
$srv->start();
$admin = $srv->redis();
$admin->cmd('ACL', 'SETUSER', 'qwt-admin', 'on', '>' . ADMIN_PASS, '~*', '&*', '+@all');
$admin->cmd('AUTH', 'qwt-admin', ADMIN_PASS);
$admin->cmd('ACL', 'SETUSER', 'default', 'off');
$errlog = $srv->dir . '/php-errors.log';
ini_set('error_log', $errlog); /* the acknowledgement and give-back failures the worker logs */

final class ProbeStop extends Exception {}
class ProbeJob
{
    public static array $lines = [];

    public function handle(QWorker\Job $job, $data)
    {
        self::$lines[] = "job {$data['n']} attempt {$job->attempts()}";
        if ($data['n'] === 'maxex') {
            throw new RuntimeException('maxex');
        }
        $job->delete();
    }
}

/*
 * Redis 8 words ACL refusals otherwise than Redis 7 (it names the user, and
 * the command refused in a script): its texts are put in Redis 7's words, so
 * that one expectation holds for both. Only these exact forms are rewritten.
 */
function redis7_words(array $lines): array
{
    return preg_replace([
        "/NOPERM User qworker(-ro)? has no permissions to run the '([^']+)' command/",
        '/NOPERM No permissions to access a key/',
        "/ERR ACL failure in script: User qworker has no permissions to run the '[^']+' command script:/",
    ], [
        "NOPERM this user has no permissions to run the '\\2' command",
        'NOPERM this user has no permissions to access one of the keys used as arguments',
        "ERR The user executing the script can't run this command or subcommand script:",
    ], $lines);
}

/* One run as "qworker" with the given ACL, on an empty server with no script loaded; returns its transcript. */
function probe(QwbServer $srv, QwTestRedis $admin, array $acl): array
{
    global $errlog;
    $admin->cmd('FLUSHALL');
    $admin->cmd('SCRIPT', 'FLUSH');
    $admin->cmd('ACL', 'SETUSER', 'qworker', 'reset', 'on', '>' . QW_PASS, ...$acl);
    file_put_contents($errlog, '');
    ProbeJob::$lines = [];
    $out = &ProbeJob::$lines;
    $settings = ['port' => $srv->port, 'username' => 'qworker', 'password' => QW_PASS, 'prefix' => PFX, 'block_for' => 0.1];
    $store = ['driver' => 'redis', 'port' => $srv->port, 'username' => 'qworker', 'password' => QW_PASS, 'database' => 1,
        'prefix' => PFX, 'cache_prefix' => 'laravel_cache'];
    /* Each step goes on after a failed one, except a daemon: a Redis error reported there ends it. */
    $step = function (string $name, callable $fn) use (&$out) {
        try {
            $r = $fn();
            $out[] = "$name: " . (is_scalar($r) ? $r : json_encode($r));
        } catch (ProbeStop $e) {
            $out[] = "$name: stopped";
        } catch (Throwable $e) {
            $out[] = "$name: " . get_class($e) . ': ' . $e->getMessage();
        }
    };
    $w = new QWorker($settings);
    $w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$out) {
        $out[] = 'report ' . get_class($e) . ': ' . $e->getMessage();
        if ($e instanceof QWorker\Exception) {
            throw new ProbeStop();
        }
    });
    $w->setFailer(function ($connection, $queue, $payload, Throwable $e, QWorker\Job $job) use (&$out) {
        $out[] = 'failed ' . $job->payload()['data']['n'] . ': ' . get_class($e);
    });
    $w->setCache($store);
    $w->on('attempted', function ($connection, QWorker\Job $job) use ($admin, &$out) {
        if ($job->payload()['data']['n'] === 'maxex' && $job->attempts() === 1) {
            $ttl = $admin->cmd('TTL', PFX . 'job-exceptions:' . $job->uuid());
            $out[] = 'job-exceptions ttl ' . ($ttl > 86000 ? '~86400' : $ttl);
        }
    });
    $pass = 0;
    $w->on('looping', function () use (&$pass) { return ++$pass === 2 ? false : null; });
    $w->on('stopping', function (int $status, string $reason) use (&$out) { $out[] = "stopping $reason"; });

    $step('clear', fn () => $w->clear());
    $step('push', fn () => [$w->push('ProbeJob@handle', ['n' => 'ok']) !== '', $w->push('ProbeJob@handle', ['n' => 'maxex'], null, ['maxTries' => 2, 'maxExceptions' => 2]) !== '']);
    $step('later', fn () => $w->later(0, 'ProbeJob@handle', ['n' => 'later']) !== '');
    $step('daemon', fn () => $w->daemon('redis', null, ['prefetch' => 3, 'max_jobs' => 4, 'sleep' => 0.01, 'max_time' => 1]));
    $w->on('looping', null);
    $step('restart', fn () => QWorker::restart($store) > 0);
    $step('daemon', fn () => $w->daemon('redis', null, ['stop_when_empty' => true, 'max_time' => 3]));
    $step('size', fn () => $w->size());
    foreach (file($errlog, FILE_IGNORE_NEW_LINES) as $line) {
        $out[] = 'logged ' . preg_replace('/^\[[^\]]*\] /', '', $line);
    }
    /* Script SHA-1s and lines, ports and job UUIDs vary with the code and the run. */
    return redis7_words(preg_replace(['/:' . $srv->port . '\b/', '/[0-9a-f]{40}, on @user_script:\d+/', '/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/'], [':PORT', 'SHA, on @user_script:LINE', 'UUID'], $out));
}

$base = probe($srv, $admin, QW_ACL);
echo "-- the full ACL\n", implode("\n", $base), "\n-- without one of its parts: what shows it\n";
foreach (QW_ACL as $part) {
    $got = probe($srv, $admin, array_values(array_diff(QW_ACL, [$part])));
    /* The first new line that shows an error (or the TTL), else the first line that differs. */
    $new = array_values(array_diff($got, $base));
    $errors = preg_grep('/QWorker:|ttl/', $new);
    $diff = array_diff_assoc($got, $base) ?: array_diff_assoc($base, $got);
    echo str_pad($part, 58), ' ', $errors ? reset($errors) : ($diff ? reset($diff) : 'NOTHING'), "\n";
}
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('security_acl_each_needed');
?>
--EXPECT--
-- the full ACL
clear: 0
push: [true,true]
later: 1
job ok attempt 1
job maxex attempt 1
job-exceptions ttl ~86400
report RuntimeException: maxex
job later attempt 1
job maxex attempt 2
failed maxex: RuntimeException
report RuntimeException: maxex
stopping max_jobs_exceeded
daemon: 0
restart: 1
stopping queue_empty
daemon: 0
size: 0
-- without one of its parts: what shows it
~laravel_database_queues:*                                 clear: QWorker\RedisException: Redis refused the clear script: NOPERM this user has no permissions to access one of the keys used as arguments
~laravel_database_job-exceptions:*                         report QWorker\RedisException: Redis refused INCR of laravel_database_job-exceptions:UUID: NOPERM this user has no permissions to access one of the keys used as arguments
~laravel_database_laravel_cache:illuminate:queue:restart   report QWorker\RedisException: GET of the restart signal failed: NOPERM this user has no permissions to access one of the keys used as arguments
+evalsha                                                   clear: QWorker\RedisException: Redis refused the clear script: NOPERM this user has no permissions to run the 'evalsha' command
+eval                                                      clear: QWorker\RedisException: Redis refused the clear script: NOPERM this user has no permissions to run the 'eval' command
+rpush                                                     push: QWorker\RedisException: Redis refused the push script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+lpush                                                     logged QWorker: 2 job(s) reserved ahead could not be given back; they come back after retry_after: Redis refused the unpop script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+lpop                                                      report QWorker\RedisException: Redis refused the pop script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+llen                                                      clear: QWorker\RedisException: Redis refused the clear script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+blpop                                                     report QWorker\RedisException: Redis refused BLPOP: NOPERM this user has no permissions to run the 'blpop' command
+zadd                                                      later: QWorker\RedisException: Redis refused ZADD: NOPERM this user has no permissions to run the 'zadd' command
+zrem                                                      logged QWorker: Redis refused an acknowledgement: NOPERM this user has no permissions to run the 'zrem' command
+zcard                                                     clear: QWorker\RedisException: Redis refused the clear script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+zrangebyscore                                             report QWorker\RedisException: Redis refused the pop script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+zremrangebyrank                                           report QWorker\RedisException: Redis refused the pop script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+incr                                                      report QWorker\RedisException: Redis refused INCR of laravel_database_job-exceptions:UUID: NOPERM this user has no permissions to run the 'incr' command
+expire                                                    report QWorker\RedisException: Redis refused EXPIRE of laravel_database_job-exceptions:UUID: NOPERM this user has no permissions to run the 'expire' command
+del                                                       clear: QWorker\RedisException: Redis refused the clear script: ERR The user executing the script can't run this command or subcommand script: SHA, on @user_script:LINE.
+get                                                       report QWorker\RedisException: GET of the restart signal failed: NOPERM this user has no permissions to run the 'get' command
+set                                                       restart: QWorker\RedisException: SET of the restart signal failed: NOPERM this user has no permissions to run the 'set' command
+select                                                    report QWorker\ConnectionException: cannot select the database of Redis at 127.0.0.1:PORT: NOPERM this user has no permissions to run the 'select' command
