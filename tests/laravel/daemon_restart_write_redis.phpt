--TEST--
Restart signal: QWorker::restart() with a redis store writes what Laravel 8.83's queue:restart writes (SET PREFIX.CACHE_PREFIX:illuminate:queue:restart in the store's database, the time as a plain number, no expiry) and Laravel's RedisStore reads it back
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
require __DIR__ . '/cache.php';
if (($why = qw_laravel_cache_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
require __DIR__ . '/cache.php';
qw_test_cleanup();
qw_restart_cleanup_db1();

$db1 = qw_restart_db1();
$key = qw_test_prefix() . 'laravel_cache:illuminate:queue:restart';
$show = function (string $who, ?int $t = null) use ($db1, $key) {
    $keys = $db1->cmd('KEYS', qw_test_prefix() . '*');
    $value = $db1->cmd('GET', $key);
    printf("%s: keys in db 1 %s, type %s, value %s, ttl %d, keys in db 0: %d\n", $who,
        $keys === [$key] ? '[PREFIX.laravel_cache:illuminate:queue:restart]' : json_encode($keys),
        $db1->cmd('TYPE', $key),
        $t === null ? (preg_match('/^[1-9][0-9]{9}$/', (string) $value) ? 'a 10-digit number' : var_export($value, true))
            : ($value === (string) $t ? 'the returned time' : var_export($value, true) . " (returned $t)"),
        $db1->cmd('TTL', $key), count(qw_test_keys()));
};

/* Laravel's own command, for reference. */
$app = qw_laravel_cache_app(qw_laravel_cache_test_config('redis'));
[$code, $out] = qw_laravel_queue_restart($app);
echo "queue:restart exit $code: ", trim($out), "\n";
$show('Laravel');

/* QWorker over a key with an expiry (SET drops it, as Laravel's forever() does). */
$db1->cmd('SET', $key, 'old', 'EX', '100');
$before = time();
$t = QWorker::restart(qw_restart_redis_store());
$after = time();
var_dump($t >= $before && $t <= $after);
$show('QWorker', $t);

/* Read back by Laravel 8.83: a fresh app's default (redis) cache store. */
$app = qw_laravel_cache_app(qw_laravel_cache_test_config('redis'));
echo get_class($app['cache.store']->getStore()), ' prefix ', $app['cache.store']->getStore()->getPrefix(), "\n";
$got = $app['cache.store']->get('illuminate:queue:restart');
var_dump((string) $got === (string) $t);
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
?>
--EXPECT--
queue:restart exit 0: Broadcasting queue restart signal.
Laravel: keys in db 1 [PREFIX.laravel_cache:illuminate:queue:restart], type string, value a 10-digit number, ttl -1, keys in db 0: 0
bool(true)
QWorker: keys in db 1 [PREFIX.laravel_cache:illuminate:queue:restart], type string, value the returned time, ttl -1, keys in db 0: 0
Illuminate\Cache\RedisStore prefix laravel_cache:
bool(true)
