--TEST--
Laravel bridge, pausing (the Composer Laravel 12, with a config shaped like a new Laravel 13 app's: Redis prefix "laravel-database-", cache prefix "laravel-cache-"): the store Settings::restartSignal() gives finds, out of the box, the pause Laravel's own QueueManager::pause() writes, the global key of queue:pause --all and the restart signal its cache stores; Settings::polling() follows the installed framework and Queue::withoutInterruptionPolling(); Settings::unsupported() names a Redis Cluster connection, which then runs Laravel's own worker
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
QwbServer::skipIfMissing();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_file(getenv('QWORKER_TEST_LARAVEL12') . '/vendor/autoload.php')) die('skip the Composer Laravel 12 is not installed (QWORKER_TEST_LARAVEL12)');
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
require __DIR__ . '/../lib/pause.inc';
require getenv('QWORKER_TEST_LARAVEL12') . '/vendor/autoload.php';
spl_autoload_register(function ($c) {
    if (strncmp($c, 'QWorker\\Laravel\\', 16) === 0) {
        require __DIR__ . '/../../laravel/src/' . str_replace('\\', '/', substr($c, 16)) . '.php';
    }
});

use Illuminate\Queue\QueueManager;
use Illuminate\Queue\Worker;
use Illuminate\Support\Str;
use QWorker\Laravel\Settings;

/* A private server: the keys are exactly a new app's. */
$srv = new QwbServer('bridge_pause_l12');
$srv->start();
$server = ['host' => '127.0.0.1', 'port' => $srv->port, 'password' => null];
/* As Laravel 13's config/cache.php, config/database.php and config/queue.php set them for APP_NAME "Laravel". */
$config = [
    'cache' => [
        'default' => 'redis',
        'stores' => ['redis' => ['driver' => 'redis', 'connection' => 'cache', 'lock_connection' => 'default']],
        'prefix' => Str::slug('Laravel') . '-cache-',
    ],
    'database' => ['redis' => [
        'client' => 'phpredis',
        'options' => ['cluster' => 'redis', 'prefix' => Str::slug('Laravel') . '-database-', 'persistent' => false],
        'default' => $server + ['database' => 0],
        'cache' => $server + ['database' => 1],
    ]],
    'queue' => ['default' => 'redis', 'connections' => [
        'redis' => ['driver' => 'redis', 'connection' => 'default', 'queue' => 'default', 'retry_after' => 90, 'block_for' => null],
        'clustered' => ['driver' => 'redis', 'connection' => 'queues', 'queue' => 'default'],
    ]],
];

$app = new Illuminate\Container\Container();
Illuminate\Container\Container::setInstance($app);
$app->instance('config', $repo = new Illuminate\Config\Repository($config));
$app->instance('files', new Illuminate\Filesystem\Filesystem());
$app->instance('events', new Illuminate\Events\Dispatcher($app));
(new Illuminate\Redis\RedisServiceProvider($app))->register();
(new Illuminate\Cache\CacheServiceProvider($app))->register();
$cache = $app['cache']->store();
$manager = new QueueManager($app);

$store = Settings::restartSignal($repo, $cache);
echo 'store: ', json_encode($store), "\n";
echo 'polling: ', json_encode(Settings::polling()), "\n";

$w = new QWorker(Settings::connection($repo, 'redis'));
$w->setCache($store);
$options = Settings::polling() + ['sleep' => 0];
$w->push('QwpJob', ['n' => 1]);
$manager->pause('redis', 'default');
$db1 = $srv->redis();
$db1->cmd('SELECT', '1');
echo 'pause key: ', implode(' ', $db1->cmd('KEYS', '*')), "\n";
echo 'after queue:pause redis:default: ', json_encode($w->runNextJob('redis', 'default', $options)), "\n";
$manager->resume('redis', 'default');
echo 'after queue:resume: ', $w->runNextJob('redis', 'default', $options)->getQueue(), ' ', qwp_ran(), "\n";

/* Laravel 13's queue:pause --all stores this key; Laravel 12 has no pauseAll(), so it is written as 13 does. */
$w->push('QwpJob', ['n' => 2]);
$cache->forever('illuminate:queues:paused', true);
echo 'global key, pause_all: ', json_encode($w->runNextJob('redis', 'default', ['pause_all' => true] + $options)), "\n";
echo 'global key, as Laravel 12: ', $w->runNextJob('redis', 'default', $options)->getQueue(), ' ', qwp_ran(), "\n";
$cache->forget('illuminate:queues:paused');

/* The restart signal its cache stores stops the daemon. */
$stops = [];
$w->on('stopping', function (int $status, string $reason) use (&$stops) { $stops[] = $reason; });
$w->on('idle', function () use ($cache) { static $n = 0; if (++$n === 3) { $cache->forever('illuminate:queue:restart', 1234567890); } });
$w->daemon('redis', 'default', $options + ['sleep' => 0.1, 'max_time' => 5]);
echo 'daemon stopped on: ', implode(', ', $stops), "\n";

$manager->withoutInterruptionPolling();
echo 'withoutInterruptionPolling: ', json_encode(Settings::polling()), "\n";
Worker::$restartable = Worker::$pausable = true;

/* A queue connection on a cluster of database.redis.clusters. */
$repo->set('database.redis.clusters', ['queues' => [$server]]);
var_dump(Settings::unsupported($repo, 'redis'));
echo Settings::unsupported($repo, 'clustered'), "\n";
$repo->set('database.redis.queues', $server);
var_dump(Settings::unsupported($repo, 'clustered'));
echo 'forwards: ', json_encode(Settings::forwards($app, 'redis', 'default,emails')), "\n";
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('bridge_pause_l12');
?>
--EXPECTF--
store: {"driver":"redis","host":"127.0.0.1","port":%d,"password":null,"database":1,"prefix":"laravel-database-","cache_prefix":"laravel-cache-","separator":""}
polling: {"restartable":true,"pausable":true,"pause_all":false}
pause key: laravel-database-laravel-cache-illuminate:queue:paused:redis:default
after queue:pause redis:default: null
after queue:resume: default [default 1]
global key, pause_all: null
global key, as Laravel 12: default [default 2]
daemon stopped on: received_restart_signal
withoutInterruptionPolling: {"restartable":false,"pausable":false,"pause_all":false}
NULL
connection [clustered] uses the Redis Cluster [queues], which qworker cannot work
NULL
forwards: []
