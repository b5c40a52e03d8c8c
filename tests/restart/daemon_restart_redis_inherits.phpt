--TEST--
Restart signal, redis store: setCache() with a store naming no server (no host, port, path or scheme) reads the signal from the QWorker's own Redis, with its username, password, database and timeouts unless the store gives them (here another database); a store naming a server starts from Laravel's defaults, credentials included
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
require __DIR__ . '/../lib/restart_stores.inc';

const PASS = 'cache pass';

$srv = new QwbServer('daemon_restart_redis_inherits');
$srv->start();
$port = $srv->port;
$admin = $srv->redis();
$admin->cmd('ACL', 'SETUSER', 'qwt-admin', 'on', '>admin', '~*', '&*', '+@all');
$admin->cmd('AUTH', 'qwt-admin', 'admin');
$admin->cmd('ACL', 'SETUSER', 'default', 'off');
$admin->cmd('ACL', 'SETUSER', 'qworker', 'on', '>' . PASS, '~*', '+@all');
$show = fn (string $m) => str_replace(":$port", ':PORT', $m);
$settings = ['port' => $port, 'username' => 'qworker', 'password' => PASS, 'database' => 2, 'prefix' => 'p:', 'read_timeout' => 5];
$written = function (int $db) use ($port) {
    return function (int $pass) use ($port, $db) {
        return $pass === 2 && QWorker::restart(['driver' => 'redis', 'port' => $port, 'username' => 'qworker',
            'password' => PASS, 'database' => $db, 'prefix' => 'p:', 'cache_prefix' => 'c']) > 0;
    };
};
$run = function (array $store, ?callable $onIdle, array $options = []) use ($settings, $show) {
    $w = new QWorker($settings);
    $w->setExceptionHandler(function (Throwable $e) use ($show) {
        static $seen = [];
        $line = get_class($e) . ': ' . $show($e->getMessage());
        if (!isset($seen[$line])) {
            $seen[$line] = true;
            echo "  report $line\n";
        }
    });
    $w->setCache($store);
    echo qw_restart_summary(qw_restart_daemon($w, $onIdle, $options)), "\n";
};

echo "-- no server named: the worker's server, user, password and database 2\n";
$run(['driver' => 'redis', 'prefix' => 'p:', 'cache_prefix' => 'c'], $written(2));
echo "-- no server named, database 3 given\n";
$run(['driver' => 'redis', 'database' => 3, 'prefix' => 'p:', 'cache_prefix' => 'c'], $written(3));
echo "-- a server named: no credentials inherited\n";
$run(['driver' => 'redis', 'port' => $port, 'prefix' => 'p:', 'cache_prefix' => 'c'], null, ['max_time' => 1]);
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('daemon_restart_redis_inherits');
?>
--EXPECT--
-- no server named: the worker's server, user, password and database 2
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
-- no server named, database 3 given
daemon() returned 0, stopping: [0 received_restart_signal], signal written: yes, stopped within 3 s of it: yes
-- a server named: no credentials inherited
  report QWorker\RedisException: GET of the restart signal failed: NOAUTH Authentication required.
daemon() returned 0, stopping: [0 max_time_exceeded], signal written: no, stopped within 3 s of it: no (-)
