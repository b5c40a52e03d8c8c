--TEST--
getSettings() returns the effective settings: Laravel's defaults (host 127.0.0.1, port 6379, database 0, prefix "", queue "default", connection "redis", retry_after 60, block_for null) for what is not given or null, numeric strings as numbers, the tcp:// form stripped, the password masked
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$port = qw_test_port();
$user = 'qwt_conn_get_settings_' . substr(md5(__DIR__), 0, 8);
$show = function (QWorker $w) use ($port, $user) {
    $s = $w->getSettings();
    if ($s['port'] === $port) {
        $s['port'] = 'PORT';
    }
    echo str_replace(["\n  ", ",\n)", $user], [' ', ' )', 'USER'], var_export($s, true)), "\n";
};

/* Only the port given: everything else is the default. */
$show(new QWorker(['port' => $port]));

/* Every key null: the defaults too. */
$show(new QWorker(['host' => null, 'port' => $port, 'path' => null, 'scheme' => null, 'username' => null, 'password' => null,
    'database' => null, 'timeout' => null, 'read_timeout' => null, 'prefix' => null, 'queue' => null, 'connection' => null,
    'block_for' => null]));

/* Everything given, as strings the way env() gives them. */
$show(new QWorker(['host' => 'tcp://127.0.0.1', 'port' => (string) $port, 'scheme' => 'tcp', 'username' => '', 'password' => '',
    'database' => '4', 'timeout' => '2.5', 'read_timeout' => '10', 'prefix' => 'app_database_', 'queue' => 'emails',
    'connection' => 'redis-queue', 'retry_after' => '90', 'block_for' => '5']));

/* Numbers as numbers; block_for 0 is kept (blocks until a job comes), unlike null. */
$show(new QWorker(['port' => $port, 'database' => 1, 'timeout' => 3, 'read_timeout' => 0.25, 'retry_after' => 0, 'block_for' => 0]));

/* The password is never shown, the username is. */
$r = new QwTestRedis();
$r->cmd('ACL', 'SETUSER', $user, 'on', '>hunter2', '~*', '&*', '+@all');
try {
    $show(new QWorker(['port' => $port, 'username' => $user, 'password' => 'hunter2']));
    $s = (new QWorker(['port' => $port, 'username' => $user, 'password' => 'hunter2']))->getSettings();
    echo 'password text anywhere in the dump: ', str_contains(var_export($s, true) . print_r($s, true), 'hunter2') ? 'yes' : 'no', "\n";
} finally {
    $r->cmd('ACL', 'DELUSER', $user);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
(new QwTestRedis())->cmd('ACL', 'DELUSER', 'qwt_conn_get_settings_' . substr(md5(__DIR__), 0, 8));
?>
--EXPECT--
array ( 'host' => '127.0.0.1', 'port' => 'PORT', 'path' => NULL, 'username' => NULL, 'password' => NULL, 'database' => 0, 'timeout' => 0.0, 'read_timeout' => 0.0, 'prefix' => '', 'connection' => 'redis', 'queue' => 'default', 'retry_after' => 60, 'block_for' => NULL )
array ( 'host' => '127.0.0.1', 'port' => 'PORT', 'path' => NULL, 'username' => NULL, 'password' => NULL, 'database' => 0, 'timeout' => 0.0, 'read_timeout' => 0.0, 'prefix' => '', 'connection' => 'redis', 'queue' => 'default', 'retry_after' => 60, 'block_for' => NULL )
array ( 'host' => '127.0.0.1', 'port' => 'PORT', 'path' => NULL, 'username' => NULL, 'password' => NULL, 'database' => 4, 'timeout' => 2.5, 'read_timeout' => 10.0, 'prefix' => 'app_database_', 'connection' => 'redis-queue', 'queue' => 'emails', 'retry_after' => 90, 'block_for' => 5.0 )
array ( 'host' => '127.0.0.1', 'port' => 'PORT', 'path' => NULL, 'username' => NULL, 'password' => NULL, 'database' => 1, 'timeout' => 3.0, 'read_timeout' => 0.25, 'prefix' => '', 'connection' => 'redis', 'queue' => 'default', 'retry_after' => 0, 'block_for' => 0.0 )
array ( 'host' => '127.0.0.1', 'port' => 'PORT', 'path' => NULL, 'username' => 'USER', 'password' => '********', 'database' => 0, 'timeout' => 0.0, 'read_timeout' => 0.0, 'prefix' => '', 'connection' => 'redis', 'queue' => 'default', 'retry_after' => 60, 'block_for' => NULL )
password text anywhere in the dump: no
