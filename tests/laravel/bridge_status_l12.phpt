--TEST--
Laravel bridge, qworker:status (the Composer Laravel 12 app) on heartbeats written as the pool's supervisor writes them, under the queue connection's Redis prefix: exit 2 "inactive" with none (or only a stale one, or one whose key expired), 0 "running" with a table of the live ones, 1 "paused" when any is paused
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('12', 'bridge_status');
$app->reset();
$redis = new QwTestRedis($app->redisHost, $app->redisPort, 0);

/* A heartbeat as the spec has it: SET {prefix}qworker:supervisor:{name} {json} EX 15, ZADD {prefix}qworker:supervisors {now} {name}. */
$beat = function (string $host, int $pid, string $status, int $age = 0, bool $key = true) use ($app, $redis) {
    $name = "$host:$pid";
    $now = time() - $age;
    if ($key) {
        $redis->cmd('SET', $app->prefix . "qworker:supervisor:$name", json_encode([
            'name' => $name, 'host' => $host, 'pid' => $pid, 'status' => $status, 'connection' => 'redis',
            'queue' => 'high,default', 'processes' => 3, 'groups' => ['high,default' => 3],
            'jobs' => ['processed' => 120, 'failed' => 2, 'released' => 1], 'started_at' => $now - 60, 'updated_at' => $now,
        ]), 'EX', '15');
    }
    $redis->cmd('ZADD', $app->prefix . 'qworker:supervisors', (string) $now, $name);
};
$status = function (string $label) use ($app) {
    $run = $app->run(['qworker:status']);
    echo "-- $label: exit {$run['status']}\n", implode("\n", array_map('rtrim', array_filter(explode("\n", $run['output']), 'strlen'))), "\n";
};

$status('none');
$beat('web1', 100, 'running', 20);
$beat('web1', 101, 'running', 0, false);
$status('a stale beat, and a name whose key is gone');
$beat('web1', 4242, 'running');
$beat('web2', 77, 'running');
$status('two running');
$beat('web2', 77, 'paused');
$status('one paused');
?>
--EXPECT--
-- none: exit 2
   ERROR  qworker is inactive.
-- a stale beat, and a name whose key is gone: exit 2
   ERROR  qworker is inactive.
-- two running: exit 0
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | running | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
   INFO  qworker is running.
-- one paused: exit 1
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | paused  | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
   WARN  qworker is paused.
