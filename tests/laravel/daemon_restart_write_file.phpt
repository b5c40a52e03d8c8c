--TEST--
Restart signal: QWorker::restart() with a file store writes PATH/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90 = "9999999999i:<time>;" as Laravel 8.83's queue:restart does (directories created, an older file replaced), and Laravel's FileStore reads it back
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

var_dump(sha1('illuminate:queue:restart') === basename(QW_RESTART_FILE));
$laravelDir = qw_restart_dir('laravel');
$dir = qw_restart_dir('qworker');
qw_restart_rmdir($laravelDir);
qw_restart_rmdir($dir);

/* Laravel's own command, for reference. */
$app = qw_laravel_cache_app(qw_laravel_cache_test_config('file', "$laravelDir/framework/cache/data"));
[$code, $out] = qw_laravel_queue_restart($app);
echo "queue:restart exit $code: ", trim($out), "\n";
$laravelFiles = qw_restart_files($laravelDir);
echo "Laravel: ", implode(' ', $laravelFiles), "\n";
echo preg_match('/^9999999999i:[1-9][0-9]{9};$/', file_get_contents("$laravelDir/$laravelFiles[0]")) ? "content 9999999999i:<time>;\n" : "content " . file_get_contents("$laravelDir/$laravelFiles[0]") . "\n";

/* QWorker, into a directory that does not exist yet (storage/framework/cache/data of a fresh app). */
$path = "$dir/framework/cache/data";
$before = time();
$t = QWorker::restart(['driver' => 'file', 'path' => $path]);
$after = time();
var_dump($t >= $before && $t <= $after);
echo "QWorker: ", implode(' ', qw_restart_files($dir)), "\n";
var_dump(file_get_contents("$path/" . QW_RESTART_FILE) === "9999999999i:$t;");

/* Read back by Laravel 8.83's file store. */
$app = qw_laravel_cache_app(qw_laravel_cache_test_config('file', $path));
echo get_class($app['cache.store']->getStore()), "\n";
var_dump($app['cache.store']->get('illuminate:queue:restart') === $t);

/* An older signal (longer than the new one) is replaced, not overwritten in place. */
file_put_contents("$path/" . QW_RESTART_FILE, "9999999999s:30:\"an older and much longer value\";");
$t = QWorker::restart(['driver' => 'file', 'path' => $path]);
var_dump(file_get_contents("$path/" . QW_RESTART_FILE) === "9999999999i:$t;");
var_dump($app['cache.store']->get('illuminate:queue:restart') === $t);
echo "files: ", implode(' ', qw_restart_files($dir)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/restart_stores.inc';
qw_restart_rmdir(qw_restart_dir('laravel'));
qw_restart_rmdir(qw_restart_dir('qworker'));
?>
--EXPECT--
bool(true)
queue:restart exit 0: Broadcasting queue restart signal.
Laravel: framework/cache/data/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90
content 9999999999i:<time>;
bool(true)
QWorker: framework/cache/data/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90
bool(true)
Illuminate\Cache\FileStore
bool(true)
bool(true)
bool(true)
files: framework/cache/data/ee/2f/ee2f842aa7bb1f53edf3a2ed2c09a1807ffa6c90
