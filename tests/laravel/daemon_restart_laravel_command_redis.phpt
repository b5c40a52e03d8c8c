--TEST--
Restart signal: Laravel 8.83's own `php artisan queue:restart` (Illuminate\Queue\Console\RestartCommand, default cache store redis: cache.prefix laravel_cache, connection 'cache' in database 1) stops a QWorker daemon running in another process with the equivalent setCache() redis store
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
require __DIR__ . '/cache.php';
if (($why = qw_laravel_cache_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/child.inc';
require __DIR__ . '/../lib/restart_stores.inc';
require __DIR__ . '/cache.php';
qw_test_cleanup();
qw_restart_cleanup_db1();

$config = qw_laravel_cache_test_config('redis');
$store = [
    'driver' => 'redis',
    'host' => $config['database']['redis']['cache']['host'],
    'port' => $config['database']['redis']['cache']['port'],
    'database' => $config['database']['redis']['cache']['database'],
    'prefix' => $config['database']['redis']['options']['prefix'],
    'cache_prefix' => $config['cache']['prefix'],
];
$key = qw_restart_key($store);
$db1 = qw_restart_db1();
$db1->cmd('SET', $key, '1600000000'); /* an earlier queue:restart */

$child = new QwChild('
$w = qw_test_worker();
$w->setCache(' . var_export($store, true) . ');
$w->on("idle", function () { static $n = 0; if (++$n === 2) { echo "idle\n"; } });
$w->on("stopping", function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$status = $w->daemon("redis", null, ["sleep" => 0.1, "max_time" => 20]);
echo "daemon() returned $status\n";
exit($status);
');
echo "worker running: ", $child->waitFor("idle\n", 10) ? 'yes' : 'no', "\n";

$app = qw_laravel_cache_app($config);
[$code, $out] = qw_laravel_queue_restart($app);
$t = microtime(true);
echo "queue:restart exit $code: ", trim($out), "\n";

$status = $child->wait(10);
echo "worker exit status: ", var_export($status, true), ", within 3 s: ", microtime(true) - $t < 3 ? 'yes' : 'no', "\n";
echo $child->output(), $child->errors();

$keys = $db1->cmd('KEYS', qw_test_prefix() . '*');
echo "Laravel wrote: ", $keys === [$key] ? 'PREFIX.laravel_cache:illuminate:queue:restart' : json_encode($keys), ' = ',
    $db1->cmd('GET', $key) === (string) $app['cache.store']->get('illuminate:queue:restart') && $db1->cmd('GET', $key) !== '1600000000' ? 'the new time' : var_export($db1->cmd('GET', $key), true), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_cleanup_db1();
?>
--EXPECT--
worker running: yes
queue:restart exit 0: Broadcasting queue restart signal.
worker exit status: 0, within 3 s: yes
idle
stopping 0 received_restart_signal
daemon() returned 0
Laravel wrote: PREFIX.laravel_cache:illuminate:queue:restart = the new time
