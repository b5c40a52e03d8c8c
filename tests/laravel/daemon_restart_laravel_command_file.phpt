--TEST--
Restart signal: Laravel 8.83's own `php artisan queue:restart` with the file cache store (cache.stores.file.path = storage/framework/cache/data, no signal file yet) stops a QWorker daemon running in another process with setCache(["driver" => "file", "path" => that path])
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
$dir = qw_restart_dir();
qw_restart_rmdir($dir);
$path = "$dir/storage/framework/cache/data";

$child = new QwChild('
$w = qw_test_worker();
$w->setCache(["driver" => "file", "path" => ' . var_export($path, true) . ']);
$w->on("idle", function () { static $n = 0; if (++$n === 2) { echo "idle\n"; } });
$w->on("stopping", function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$status = $w->daemon("redis", null, ["sleep" => 0.1, "max_time" => 20]);
echo "daemon() returned $status\n";
exit($status);
');
echo "worker running: ", $child->waitFor("idle\n", 10) ? 'yes' : 'no', "\n";

$app = qw_laravel_cache_app(qw_laravel_cache_test_config('file', $path));
[$code, $out] = qw_laravel_queue_restart($app);
$t = microtime(true);
echo "queue:restart exit $code: ", trim($out), "\n";

$status = $child->wait(10);
echo "worker exit status: ", var_export($status, true), ", within 3 s: ", microtime(true) - $t < 3 ? 'yes' : 'no', "\n";
echo $child->output(), $child->errors();

echo "Laravel wrote: ", implode(' ', qw_restart_files($dir)), ' = ',
    file_get_contents("$path/" . QW_RESTART_FILE) === '9999999999i:' . $app['cache.store']->get('illuminate:queue:restart') . ';' ? '9999999999i:<time>;' : file_get_contents("$path/" . QW_RESTART_FILE), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_test_cleanup();
qw_restart_rmdir(qw_restart_dir());
?>
--EXPECT--
worker running: yes
queue:restart exit 0: Broadcasting queue restart signal.
worker exit status: 0, within 3 s: yes
idle
stopping 0 received_restart_signal
daemon() returned 0
Laravel wrote: storage/framework/cache/data/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90 = 9999999999i:<time>;
