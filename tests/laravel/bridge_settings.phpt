--TEST--
Laravel bridge: QWorker's settings, restart-signal store, maintenance check and options come from the app's config (Laravel 8.83; nothing connects)
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
if (!is_file(QwLaravelApp::DEBIAN_AUTOLOAD)) die('skip Debian php-laravel-framework not installed');
?>
--FILE--
<?php
require '/usr/share/php/Illuminate/autoload.php';
spl_autoload_register(function ($c) {
    if (strncmp($c, 'QWorker\\Laravel\\', 16) === 0) {
        require __DIR__ . '/../../laravel/src/' . str_replace('\\', '/', substr($c, 16)) . '.php';
    }
});

use Illuminate\Config\Repository as Config;
use QWorker\Laravel\Settings;

$config = new Config([
    'queue' => ['connections' => [
        'redis' => ['driver' => 'redis', 'connection' => 'default', 'queue' => 'emails', 'retry_after' => '120', 'block_for' => 5],
        'url' => ['driver' => 'redis', 'connection' => 'remote'],
        'socket' => ['driver' => 'redis', 'connection' => 'socket'],
        'sync' => ['driver' => 'sync'],
        'lost' => ['driver' => 'redis', 'connection' => 'nowhere'],
    ]],
    'database' => ['redis' => [
        'client' => 'predis',
        'options' => ['prefix' => 'app_database_', 'cluster' => 'redis'],
        'default' => ['host' => '10.0.0.1', 'port' => '6380', 'password' => 'secret', 'database' => '2', 'read_timeout' => 1.5],
        'remote' => ['url' => 'redis://worker:pw@redis.example:6390/4', 'options' => ['prefix' => 'remote_']],
        'socket' => ['scheme' => 'unix', 'path' => '/run/redis.sock', 'database' => 0],
        'cache' => ['host' => '10.0.0.9', 'port' => 6379, 'database' => 1, 'scheme' => 'tcp'],
    ]],
]);

foreach (['redis', 'url', 'socket'] as $name) {
    $settings = Settings::connection($config, $name);
    ksort($settings);
    echo "$name: ", json_encode($settings), "\n";
}
foreach (['sync', 'lost', 'missing'] as $name) {
    try {
        Settings::connection($config, $name);
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}

/* The restart signal: where `php artisan queue:restart` writes it. */
$app = new Illuminate\Container\Container();
$app->instance('config', $config);
$redis = new Illuminate\Redis\RedisManager($app, 'phpredis', $config->get('database.redis'));
$stores = [
    'redis' => new Illuminate\Cache\RedisStore($redis, 'laravel_cache', 'cache'),
    'file' => new Illuminate\Cache\FileStore(new Illuminate\Filesystem\Filesystem(), '/srv/app/storage/framework/cache/data'),
    'array' => new Illuminate\Cache\ArrayStore(),
];
foreach ($stores as $name => $store) {
    $cache = new Illuminate\Cache\Repository($store);
    $signal = Settings::restartSignal($config, $cache);
    echo "$name store: ", $signal instanceof Closure ? 'read through the repository' : json_encode($signal), "\n";
}
$cache = new Illuminate\Cache\Repository($stores['array']);
$cache->forever('illuminate:queue:restart', 1700000000);
echo 'array store read: ', Settings::restartSignal($config, $cache)(), "\n";
var_dump(Settings::restartSignal($config, null));

/* Maintenance: Laravel 8's down file. */
$laravel = new Illuminate\Foundation\Application('/srv/app');
echo 'maintenance: ', Settings::maintenance($laravel), "\n";

/* queue:work's options, as the console gives them (strings). */
$options = new Illuminate\Queue\WorkerOptions('supervisor-1', '5,10', '256', '90', '0.5', '3', true, true, '100', '3600', '1');
echo json_encode(Settings::options($options, '/srv/app/storage/framework/down')), "\n";

/* qworker.prefetch, held to what the extension accepts. */
foreach ([null, 32, '8', 0, 5000] as $value) {
    $config->set('qworker.prefetch', $value);
    echo 'prefetch ', json_encode($value), ': ', Settings::prefetch($config), "\n";
}
?>
--EXPECT--
redis: {"block_for":5,"connection":"redis","database":"2","host":"10.0.0.1","password":"secret","port":"6380","prefix":"app_database_","queue":"emails","read_timeout":1.5,"retry_after":"120"}
url: {"block_for":null,"connection":"url","database":"4","host":"redis.example","password":"pw","port":6390,"prefix":"remote_","queue":"default","retry_after":60,"username":"worker"}
socket: {"block_for":null,"connection":"socket","database":0,"path":"\/run\/redis.sock","prefix":"app_database_","queue":"default","retry_after":60,"scheme":"unix"}
qworker: queue connection [sync] is not a redis connection.
qworker: Redis connection [nowhere] not configured.
qworker: queue connection [missing] is not a redis connection.
redis store: {"driver":"redis","host":"10.0.0.9","port":6379,"database":1,"prefix":"app_database_","cache_prefix":"laravel_cache:","separator":""}
file store: {"driver":"file","path":"\/srv\/app\/storage\/framework\/cache\/data"}
array store: read through the repository
array store read: 1700000000
NULL
maintenance: /srv/app/storage/framework/down
{"name":"supervisor-1","backoff":"5,10","memory":256,"timeout":90,"sleep":0.5,"rest":1,"tries":3,"force":true,"stop_when_empty":true,"stop_when_empty_for":0,"max_jobs":100,"max_time":3600,"maintenance":"\/srv\/app\/storage\/framework\/down"}
prefetch null: 1
prefetch 32: 32
prefetch "8": 8
prefetch 0: 1
prefetch 5000: 1000
