--TEST--
database: an int or a numeric string (as env() gives) selects that database, so jobs land there and not in DB 0; null and "0" mean DB 0; a database Redis lacks throws ConnectionException with Redis' text; a negative or non-numeric one is a ValueError
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$db0 = new QwTestRedis();
$db3 = new QwTestRedis(null, null, 3);
$db5 = new QwTestRedis(null, null, 5);
$port = qw_test_port();
$key = qw_test_prefix() . 'queues:default';

foreach ([3, '3', ' 3', 5, null, '0'] as $db) {
    $w = qw_test_worker(['database' => $db]);
    $w->push('ConnJob@handle', ['db' => $db]);
    printf("database %s: getSettings=%d size=%d db0=%d db3=%d db5=%d\n", var_export($db, true), $w->getSettings()['database'],
        $w->size(), $db0->cmd('LLEN', $key), $db3->cmd('LLEN', $key), $db5->cmd('LLEN', $key));
}
echo 'db3 data: ', implode(' ', array_map(fn ($j) => json_encode(json_decode($j, true)['data']), $db3->cmd('LRANGE', $key, '0', '-1'))), "\n";

$count = (int) $db0->cmd('CONFIG', 'GET', 'databases')[1];
try {
    qw_test_worker(['database' => $count]);
    echo "database $count: connected?\n";
} catch (QWorker\ConnectionException $e) {
    echo 'database DATABASES: ', str_replace(qw_test_host() . ":$port", 'HOST:PORT', $e->getMessage()), "\n";
}

foreach ([-1, '-1', 'abc', '3x', 1.5, '1.5', true, []] as $bad) {
    try {
        qw_test_worker(['database' => $bad]);
        echo "database ", var_export($bad, true), ": accepted?\n";
    } catch (Throwable $e) {
        echo 'database ', str_replace("\n", '', var_export($bad, true)), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}

foreach ([$db0, $db3, $db5] as $r) {
    foreach ($r->cmd('KEYS', qw_test_prefix() . '*') as $k) {
        $r->cmd('DEL', $k);
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
foreach ([0, 3, 5] as $db) {
    $r = new QwTestRedis(null, null, $db);
    foreach ($r->cmd('KEYS', qw_test_prefix() . '*') as $k) {
        $r->cmd('DEL', $k);
    }
}
?>
--EXPECT--
database 3: getSettings=3 size=1 db0=0 db3=1 db5=0
database '3': getSettings=3 size=2 db0=0 db3=2 db5=0
database ' 3': getSettings=3 size=3 db0=0 db3=3 db5=0
database 5: getSettings=5 size=1 db0=0 db3=3 db5=1
database NULL: getSettings=0 size=1 db0=1 db3=3 db5=1
database '0': getSettings=0 size=2 db0=2 db3=3 db5=1
db3 data: {"db":3} {"db":"3"} {"db":" 3"}
database DATABASES: cannot select the database of Redis at HOST:PORT: ERR DB index is out of range
database -1: ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be greater than or equal to 0
database '-1': ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be greater than or equal to 0
database 'abc': ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be an integer, "abc" given
database '3x': ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be an integer, "3x" given
database 1.5: TypeError: QWorker::__construct(): Argument #1 ($settings) key "database" must be of type int|string, float given
database '1.5': ValueError: QWorker::__construct(): Argument #1 ($settings) key "database" must be an integer, "1.5" given
database true: TypeError: QWorker::__construct(): Argument #1 ($settings) key "database" must be of type int|string, bool given
database array (): TypeError: QWorker::__construct(): Argument #1 ($settings) key "database" must be of type int|string, array given
