--TEST--
Restart signal: setCache() and QWorker::restart() reject an unknown driver (memcached) or an unknown key with a ValueError naming it, and a store that is neither array, callable nor null with a TypeError; valid stores are accepted
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
$w = qw_test_worker();

$try = function (string $what, string $name, callable $f) {
    try {
        $f();
        echo "$what: accepted\n";
    } catch (Throwable $e) {
        printf("%s: %s, names %s: %s\n", $what, get_class($e), $name, str_contains($e->getMessage(), $name) ? 'yes' : 'no (' . $e->getMessage() . ')');
    }
};
$bad = [
    'driver memcached' => ['memcached', ['driver' => 'memcached', 'servers' => []]],
    'driver database' => ['database', ['driver' => 'database', 'table' => 'cache']],
    'redis store, key "hots"' => ['hots', qw_restart_redis_store(['hots' => '127.0.0.1'])],
    'redis store, key "cache-prefix"' => ['cache-prefix', qw_restart_redis_store(['cache-prefix' => 'x'])],
    'file store, key "colour"' => ['colour', ['driver' => 'file', 'path' => qw_restart_dir(), 'colour' => 'red']],
];
foreach ($bad as $what => [$name, $store]) {
    $try("setCache($what)", $name, fn () => $w->setCache($store));
    $try("restart($what)", $name, fn () => QWorker::restart($store));
}
$try('setCache(123)', 'int', fn () => $w->setCache(123));
$try('setCache("no_such_function_qwt")', 'string', fn () => $w->setCache('no_such_function_qwt'));

$try('setCache(redis store)', '', fn () => $w->setCache(qw_restart_redis_store()));
$try('setCache(file store)', '', fn () => $w->setCache(['driver' => 'file', 'path' => qw_restart_dir()]));
$try('setCache(callable)', '', fn () => $w->setCache(fn () => null));
$try('setCache(null)', '', fn () => $w->setCache(null));
/* Nothing written by the rejected restart() calls. */
var_dump(is_dir(qw_restart_dir()), qw_restart_db1()->cmd('KEYS', qw_test_prefix() . '*'));
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_restart_cleanup_db1();
qw_restart_rmdir(qw_restart_dir());
?>
--EXPECT--
setCache(driver memcached): ValueError, names memcached: yes
restart(driver memcached): ValueError, names memcached: yes
setCache(driver database): ValueError, names database: yes
restart(driver database): ValueError, names database: yes
setCache(redis store, key "hots"): ValueError, names hots: yes
restart(redis store, key "hots"): ValueError, names hots: yes
setCache(redis store, key "cache-prefix"): ValueError, names cache-prefix: yes
restart(redis store, key "cache-prefix"): ValueError, names cache-prefix: yes
setCache(file store, key "colour"): ValueError, names colour: yes
restart(file store, key "colour"): ValueError, names colour: yes
setCache(123): TypeError, names int: yes
setCache("no_such_function_qwt"): TypeError, names string: yes
setCache(redis store): accepted
setCache(file store): accepted
setCache(callable): accepted
setCache(null): accepted
bool(false)
array(0) {
}
