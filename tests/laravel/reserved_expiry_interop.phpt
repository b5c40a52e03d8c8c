--TEST--
Laravel interop: a reservation past retry_after, taken by either QWorker or Laravel, is migrated back and popped again by the other as the next attempt
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();

$laravel = qw_laravel_test_queue();
$qw = qw_test_worker();
$r = new QwTestRedis();

/* Moves the (single) reservation of the default queue into the past. */
function expire(string $reserved): void
{
    (new QwTestRedis())->key('ZADD', 'queues:default:reserved', 'XX', (string) (time() - 1), $reserved);
}

echo "-- QWorker reserves, Laravel takes over\n";
$laravel->push('LaravelTestJob@fire', 1);
$qjob = $qw->pop();
expire($qjob->getReservedJob());
$ljob = $laravel->pop();
var_dump($ljob->attempts(), $ljob->getRawBody() === $qjob->getReservedJob(), $ljob->uuid() === $qjob->uuid());
echo qw_laravel_sizes(), "\n";
$ljob->delete();
echo qw_laravel_sizes(), "\n";

echo "-- Laravel reserves, QWorker takes over\n";
$laravel->push('LaravelTestJob@fire', 2);
$ljob = $laravel->pop();
expire($ljob->getReservedJob());
$qjob = $qw->runNextJob('redis', null, ['tries' => 3, 'sleep' => 0]);
var_dump($qjob->attempts(), $qjob->getRawBody() === $ljob->getReservedJob(), $qjob->isDeleted());
echo qw_laravel_sizes(), "\n";

?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
-- QWorker reserves, Laravel takes over
int(2)
bool(true)
bool(true)
ready=0 notify=0 delayed=0 reserved=1
ready=0 notify=0 delayed=0 reserved=0
-- Laravel reserves, QWorker takes over
int(2)
bool(true)
bool(true)
ready=0 notify=0 delayed=0 reserved=0
