--TEST--
Restart signal: QWorker::restart() redis key = prefix . cache_prefix . separator . "illuminate:queue:restart"; separator "" gives Laravel 11+'s key, ":" Laravel 9-10's, and an empty cache_prefix has no separator (Laravel 8.83 with cache.prefix '' reads that key)
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

$db1 = qw_restart_db1();
$cases = [
    'Laravel 11+' => ['cache_prefix' => 'laravel_cache_', 'separator' => ''],
    'Laravel 9-10' => ['cache_prefix' => 'laravel_cache_', 'separator' => ':'],
    'Laravel 8' => ['cache_prefix' => 'laravel_cache'],
    'empty cache prefix' => ['cache_prefix' => ''],
    'empty cache prefix, separator ""' => ['cache_prefix' => '', 'separator' => ''],
    'empty cache prefix, separator ":"' => ['cache_prefix' => '', 'separator' => ':'],
];
foreach ($cases as $name => $extra) {
    qw_restart_cleanup_db1();
    $t = QWorker::restart(qw_restart_redis_store($extra));
    $keys = $db1->cmd('KEYS', qw_test_prefix() . '*');
    foreach ($keys as $k) {
        printf("%s: %s = %s, ttl %d\n", $name, substr($k, strlen(qw_test_prefix())),
            $db1->cmd('GET', $k) === (string) $t ? 'the time' : var_export($db1->cmd('GET', $k), true), $db1->cmd('TTL', $k));
    }
    if (!$keys) {
        echo "$name: no key\n";
    }
}

/* The last key (empty cache prefix) is the one Laravel 8.83 uses when cache.prefix is ''. */
$app = qw_laravel_cache_app(qw_laravel_cache_test_config('redis', null, ''));
var_dump((string) $app['cache.store']->get('illuminate:queue:restart') === (string) $t);
echo "keys in db 0: ", count(qw_test_keys()), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
?>
--EXPECT--
Laravel 11+: laravel_cache_illuminate:queue:restart = the time, ttl -1
Laravel 9-10: laravel_cache_:illuminate:queue:restart = the time, ttl -1
Laravel 8: laravel_cache:illuminate:queue:restart = the time, ttl -1
empty cache prefix: illuminate:queue:restart = the time, ttl -1
empty cache prefix, separator "": illuminate:queue:restart = the time, ttl -1
empty cache prefix, separator ":": illuminate:queue:restart = the time, ttl -1
bool(true)
keys in db 0: 0
